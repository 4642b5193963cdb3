//! Export and import: round trips, merging, and every kind of bad input refused whole.

use super::testing::{attempt, session, state, store};
use super::{AttemptFilter, Counts, Imported, MAX_IMPORT_BYTES, MAX_LINE_BYTES, Store, StoreError};
use crate::progress::model::{Attempt, Outcome, Session, Source};
use std::io::{BufReader, Read};

/// A store with two sessions (one ended) and attempts of every outcome and source.
fn filled() -> (tempfile::TempDir, Store) {
    let (dir, st) = store();
    let s1 = Session {
        ended: Some(5_000),
        command: "linalg la.inverse".into(),
        ..session(1_000)
    };
    let s2 = session(9_000);
    st.begin_session(&s1).unwrap();
    st.begin_session(&s2).unwrap();
    let outcomes = [
        Outcome::Correct,
        Outcome::Wrong,
        Outcome::Revealed,
        Outcome::Skipped,
    ];
    for (i, outcome) in outcomes.into_iter().enumerate() {
        let s = if i < 2 { &s1 } else { &s2 };
        let a = Attempt {
            outcome,
            tries: i as u8,
            hints: (i % 2) as u8,
            score: 1.0 / 3.0 * i as f64 / 2.0,
            seed: u64::MAX - i as u64,
            mistake: (i == 1).then(|| "ba_not_ab".into()),
            answer: format!("[[1, \"2\"]]\t\\ é {i}"),
            source: [Source::Drill, Source::Review, Source::Check][i % 3],
            ..attempt(
                s,
                "la.inverse",
                1 + (i % 3) as u8,
                s.started + 10 * i as i64,
            )
        };
        st.record(&a, Some(&state("la.inverse", a.level, a.at)))
            .unwrap();
    }
    (dir, st)
}

fn export(st: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    st.export(&mut out).unwrap();
    out
}

fn import(st: &Store, text: &[u8]) -> Result<Imported, StoreError> {
    st.import(&mut BufReader::new(text))
}

#[test]
fn export_then_import_into_an_empty_store_then_export_gives_the_same_lines() {
    let (_d1, st) = filled();
    let first = export(&st);
    let text = String::from_utf8(first.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], r#"{"format":"mathdrill-progress","version":1}"#);
    assert_eq!(lines.len(), 1 + 2 + 4);
    assert!(
        lines[1].starts_with(r#"{"type":"session","uid":""#),
        "{}",
        lines[1]
    );
    assert!(
        lines[3].starts_with(r#"{"type":"attempt","uid":""#),
        "{}",
        lines[3]
    );
    let (_d2, empty) = store();
    let done = import(&empty, &first).unwrap();
    let added = Counts {
        sessions: 2,
        attempts: 4,
        review_states: 0,
    };
    assert_eq!(
        done,
        Imported {
            added,
            skipped: Counts::default()
        }
    );
    assert_eq!(export(&empty), first);
    let all = AttemptFilter::default();
    assert_eq!(empty.attempts(&all).unwrap(), st.attempts(&all).unwrap());
    assert_eq!(empty.sessions().unwrap(), st.sessions().unwrap());
    // Review states are not carried: the caller replays the attempts.
    assert!(empty.review_states().unwrap().is_empty());
}

#[test]
fn importing_twice_is_importing_once_and_two_stores_combine_into_their_union() {
    let (_d1, a) = filled();
    let (_d2, b) = filled();
    let (from_a, from_b) = (export(&a), export(&b));
    let done = import(&b, &from_a).unwrap();
    assert_eq!((done.added.attempts, done.skipped.attempts), (4, 0));
    let again = import(&b, &from_a).unwrap();
    assert_eq!(
        (again.added, again.skipped.attempts, again.skipped.sessions),
        (Counts::default(), 4, 2)
    );
    import(&a, &from_b).unwrap();
    let all = AttemptFilter::default();
    let (in_a, in_b) = (a.attempts(&all).unwrap(), b.attempts(&all).unwrap());
    assert_eq!(in_a.len(), 8);
    let uids = |v: &[Attempt]| {
        let mut u: Vec<String> = v.iter().map(|a| a.uid.clone()).collect();
        u.sort();
        u
    };
    assert_eq!(uids(&in_a), uids(&in_b));
    assert_eq!(a.sessions().unwrap().len(), 4);
}

/// `body` after a good header and one good session: refused, naming `line`, importing nothing.
fn refused(body: &str, line: usize, needle: &str) {
    let (_d, st) = store();
    let s = session(1);
    let text = format!(
        "{{\"format\":\"mathdrill-progress\",\"version\":1}}\n{}\n{body}",
        serde_json::to_string(&serde_json::json!({
            "type": "session", "uid": s.uid, "started": 1, "ended": null, "command": "x"
        }))
        .unwrap()
    );
    let err = import(&st, text.as_bytes()).unwrap_err();
    let message = err.to_string();
    assert!(
        matches!(err, StoreError::Import { line: l, .. } if l == line),
        "{message}"
    );
    assert!(message.contains(needle), "{message:?} lacks {needle:?}");
    assert!(message.contains("nothing was imported"), "{message}");
    assert!(
        st.sessions().unwrap().is_empty(),
        "the good session was imported"
    );
}

fn attempt_line(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let s = session(1);
    let mut v = serde_json::to_value(attempt(&s, "la.rank", 1, 5)).unwrap();
    v["type"] = "attempt".into();
    edit(&mut v);
    v.to_string()
}

#[test]
fn a_bad_line_is_named_and_nothing_is_imported() {
    refused("{\"type\":\"attempt\",", 3, "EOF while parsing");
    refused("{\"type\":\"grade\"}", 3, "unknown variant `grade`");
    refused(
        &attempt_line(|v| v["uid"] = "12".into()),
        3,
        "32 lowercase hex",
    );
    refused(
        &attempt_line(|v| v["score"] = 1.5.into()),
        3,
        "outside [0, 1]",
    );
    refused(&attempt_line(|v| v["level"] = 256.into()), 3, "expected u8");
    refused(&attempt_line(|v| v["outcome"] = "maybe".into()), 3, "maybe");
    refused(
        &attempt_line(|v| drop(v.as_object_mut().unwrap().remove("kind"))),
        3,
        "kind",
    );
    // The attempt's session (a fresh uid from `attempt_line`) is nowhere.
    refused(
        &attempt_line(|_| ()),
        3,
        "neither in the file nor in the store",
    );
    let twice = attempt_line(|v| v["session"] = v["uid"].clone());
    refused(&format!("\n{twice}\n{twice}"), 5, "repeats line 4");
    refused(&" ".repeat(MAX_LINE_BYTES + 1), 3, "longer than 64 KiB");
    let (_d, st) = store();
    let not_utf8 = b"{\"format\":\"mathdrill-progress\",\"version\":1}\n\xff\xfe\n";
    let err = import(&st, not_utf8).unwrap_err().to_string();
    assert!(err.starts_with("line 2: not UTF-8"), "{err}");
}

#[test]
fn the_header_is_required_and_checked() {
    let (_d, st) = store();
    let cases: [(&[u8], &str); 5] = [
        (b"", "line 1: the file is empty"),
        (b"\n\n", "line 1: the file is empty"),
        (
            b"{\"type\":\"session\"}\n",
            "line 1: not a mathdrill-progress export",
        ),
        (
            b"{\"format\":\"other\",\"version\":1}\n",
            "line 1: not a mathdrill-progress export",
        ),
        (
            b"{\"format\":\"mathdrill-progress\",\"version\":2}\n",
            "version 2",
        ),
    ];
    for (text, start) in cases {
        let err = import(&st, text).unwrap_err().to_string();
        assert!(err.starts_with(start) || err.contains(start), "{err}");
    }
}

/// Endless lines of `width` spaces: counts what was read.
struct Endless {
    width: usize,
    read: u64,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        for (i, b) in buf.iter_mut().enumerate() {
            let at = self.read + i as u64;
            *b = if (at + 1).is_multiple_of(self.width as u64 + 1) {
                b'\n'
            } else {
                b' '
            };
        }
        self.read += buf.len() as u64;
        Ok(buf.len())
    }
}

#[test]
fn an_endless_input_is_an_error_not_an_allocation() {
    let (_d, st) = store();
    // One endless line: stops after the longest line allowed.
    let mut one = BufReader::new(Endless {
        width: usize::MAX - 1,
        read: 0,
    });
    let err = st.import(&mut one).unwrap_err().to_string();
    assert!(err.starts_with("line 1: longer than 64 KiB"), "{err}");
    assert!(one.get_ref().read <= 2 * MAX_LINE_BYTES as u64 + 8192);
    // Endless blank lines within the limit: stops after the largest file allowed.
    let mut many = BufReader::new(Endless {
        width: MAX_LINE_BYTES,
        read: 0,
    });
    let err = st.import(&mut many).unwrap_err().to_string();
    assert!(err.contains("the file is over 200 MB"), "{err}");
    assert!(many.get_ref().read <= MAX_IMPORT_BYTES + 2 * MAX_LINE_BYTES as u64 + 8192);
}
