//! What the command-line tests share: a learner's home (a fresh `MATHDRILL_HOME`) to run the
//! binary in, and the canonical answers of planned questions.
#![allow(dead_code)] // each test crate uses part of it

use assert_cmd::Command;
use mathdrill::cli::DrillArgs;
use std::path::PathBuf;
use tempfile::TempDir;

/// A learner's home: its own data directory, fixed colours and width, and optionally a "now".
pub struct Home {
    pub dir: TempDir,
    pub now: Option<String>,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
            now: None,
        }
    }

    pub fn at(now: &str) -> Home {
        Home {
            now: Some(now.to_string()),
            ..Home::new()
        }
    }

    pub fn store_path(&self) -> PathBuf {
        self.dir.path().join("progress.sqlite")
    }

    pub fn cmd(&self) -> Command {
        Command::from_std(self.process())
    }

    /// The command as a `std::process::Command`, to spawn and drive (or kill) while it runs.
    pub fn process(&self) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin!("mathdrill"));
        c.env("MATHDRILL_HOME", self.dir.path())
            .env_remove("MATHDRILL_NOW")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "1000");
        if let Some(now) = &self.now {
            c.env("MATHDRILL_NOW", now);
        }
        c
    }

    /// Starts a command with its stdin a pipe the caller writes (stdout discarded, stderr kept).
    pub fn spawn(&self, args: &[&str]) -> (std::process::Child, std::process::ChildStdin) {
        use std::process::Stdio;
        let mut child = self
            .process()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        (child, stdin)
    }

    /// Runs a command to its end: (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str], stdin: &str) -> (i32, String, String) {
        let out = self.cmd().args(args).write_stdin(stdin).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

/// The arguments of `mathdrill AREA [topic] --count N --seed S` (no level given: the learner's).
pub fn drill_args(topic: Option<&str>, count: u32, seed: u64) -> DrillArgs {
    DrillArgs {
        topic: topic.map(str::to_string),
        count,
        level: None,
        mix: false,
        seed: Some(seed),
        no_save: false,
    }
}

/// The canonical answer of each question `(kind, level, seed)`, as typed.
pub fn answers(questions: &[(String, u8, u64)]) -> Vec<String> {
    questions
        .iter()
        .map(|(k, l, s)| {
            let p = mathdrill::registry().generate(k, *l, *s).unwrap();
            p.answer.expected.to_text()
        })
        .collect()
}
