//! Snapshots pin the text of fixed exercises, so any change to what a learner sees is deliberate
//! (review with `cargo insta review`, or `INSTA_UPDATE=always cargo test --test snapshots`).

use assert_cmd::Command;

const FIXED: &[(&str, u8, u64)] = &[
    ("la.inverse", 1, 4127),
    ("la.inverse", 2, 7),
    ("la.inverse", 3, 7),
    ("la.determinant", 1, 3),
    ("la.determinant", 2, 3),
    ("la.matrix_multiply", 1, 5),
    ("la.matrix_multiply", 2, 5),
    ("la.transpose", 1, 9),
    ("la.dot_product", 1, 2),
    ("la.dot_product", 3, 2),
];

fn run(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("mathdrill")
        .unwrap()
        .env("MATHDRILL_HOME", home.path())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn show_and_solve_text_is_pinned() {
    for &(kind, level, seed) in FIXED {
        let (level, seed) = (level.to_string(), seed.to_string());
        let base = [kind, "--level", level.as_str(), "--seed", seed.as_str()];
        let name = format!("{kind}-L{level}-s{seed}");
        insta::assert_snapshot!(
            format!("show-{name}"),
            run(&[&["show"], &base[..]].concat())
        );
        insta::assert_snapshot!(
            format!("solve-{name}"),
            run(&[&["solve"], &base[..]].concat())
        );
    }
}

#[test]
fn latex_is_pinned() {
    insta::assert_snapshot!(
        "solve-latex-la.inverse-L1-s4127",
        run(&["solve", "la.inverse", "--seed", "4127", "--format", "latex"])
    );
}
