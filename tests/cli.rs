//! Drives the `mathdrill` binary as a user would: the JSON contract, exit codes, bad input,
//! remembered exercises, the calculator and a piped interactive drill.

use assert_cmd::Command;
use mathdrill::cli::{DrillArgs, session_plan};
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

struct Home(TempDir);

impl Home {
    fn new() -> Home {
        Home(tempfile::tempdir().unwrap())
    }
    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("mathdrill").unwrap();
        // Wide enough that messages stay on one line (tests/fit.rs tests the wrapping).
        c.env("MATHDRILL_HOME", self.0.path())
            .env("NO_COLOR", "1")
            .env("COLUMNS", "1000");
        c
    }
    fn json(&self, args: &[&str]) -> Value {
        self.json_exit(args, 0)
    }
    /// The JSON a command prints, asserting its exit code.
    fn json_exit(&self, args: &[&str], code: i32) -> Value {
        let out = self.cmd().args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: not JSON: {e}"))
    }
}

#[test]
fn list_json_has_the_documented_fields() {
    let h = Home::new();
    let list = h.json(&["list", "--json"]);
    let kinds = list.as_array().unwrap();
    assert!(kinds.len() >= 5);
    for k in kinds {
        for f in [
            "id",
            "title",
            "area",
            "topics",
            "levels",
            "answer",
            "answer_by_level",
        ] {
            assert!(k.get(f).is_some(), "{k} lacks {f}");
        }
        assert!(k["answer"].is_string(), "{k}: answer is a string");
        let levels = k["levels"].as_array().unwrap();
        assert_eq!(
            k["answer_by_level"].as_object().unwrap().len(),
            levels.len()
        );
    }
    let pca = kinds.iter().find(|k| k["id"] == "la.pca").unwrap();
    assert_eq!(pca["answer"], "matrix or number or direction");
    assert_eq!(pca["answer_by_level"]["2"], "number");
    let ids: Vec<&str> = kinds.iter().map(|k| k["id"].as_str().unwrap()).collect();
    for id in [
        "la.matrix_multiply",
        "la.transpose",
        "la.determinant",
        "la.dot_product",
        "la.inverse",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    h.cmd()
        .args(["list", "linalg"])
        .assert()
        .success()
        .stdout(predicate::str::contains("la.inverse"));
    h.cmd()
        .args(["list", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no exercise kinds in area"));
}

#[test]
fn show_solve_check_round_trip_for_every_kind() {
    let h = Home::new();
    let list = h.json(&["list", "--json"]);
    for k in list.as_array().unwrap() {
        let id = k["id"].as_str().unwrap();
        for level in k["levels"].as_array().unwrap() {
            let level = level.to_string();
            for seed in ["1", "2", "4127"] {
                let base = [id, "--seed", seed, "--level", level.as_str()];
                let show = h.json(&[&["show"], &base[..], &["--json"]].concat());
                for f in ["id", "level", "seed", "prompt", "latex", "answer_format"] {
                    assert!(show.get(f).is_some(), "show {base:?} lacks {f}");
                }
                let solve = h.json(&[&["solve"], &base[..], &["--format", "json"]].concat());
                assert_eq!(solve["prompt"], show["prompt"]);
                assert!(!solve["steps"].as_array().unwrap().is_empty());
                let answer = solve["answer"].as_str().unwrap();
                let check =
                    h.json(&[&["check"], &base[..], &["--answer", answer, "--json"]].concat());
                assert_eq!(check["correct"], true, "{base:?} {answer}");
                assert_eq!(check["score"], 1.0);
                for f in ["correct", "score", "feedback", "mistake", "expected"] {
                    assert!(check.get(f).is_some(), "check lacks {f}");
                }
                h.cmd()
                    .args([&["check"], &base[..], &["--answer", answer]].concat())
                    .assert()
                    .code(0);
            }
        }
    }
}

#[test]
fn a_characteristic_polynomial_may_be_typed_with_lambda_spelled_out() {
    let h = Home::new();
    for level in ["1", "3"] {
        let base = ["--seed", "3", "--level", level];
        let solved = h.json(&[&["solve", "la.char_poly"][..], &base, &["--json"]].concat());
        let answer = solved["answer"].as_str().unwrap();
        assert!(answer.contains('λ'), "{answer}");
        let spelled = answer.replace('λ', "lambda");
        h.cmd()
            .args(["check", "la.char_poly"])
            .args(base)
            .args(["--answer", &spelled])
            .assert()
            .code(0);
        let wrong = spelled.replacen(" - ", " + ", 1);
        h.cmd()
            .args(["check", "la.char_poly"])
            .args(base)
            .args(["--answer", &wrong])
            .assert()
            .code(1);
    }
}

#[test]
fn the_readme_example_names_the_transpose_mistake() {
    let h = Home::new();
    let solve = h.json(&["solve", "la.inverse", "--seed", "4127", "--json"]);
    let answer = solve["answer"].as_str().unwrap();
    let out = h.json(&[
        "check",
        "la.inverse",
        "--seed",
        "4127",
        "--answer",
        answer,
        "--json",
    ]);
    assert_eq!(out["correct"], true);
    let a = mathdrill::registry()
        .generate("la.inverse", 1, 4127)
        .unwrap();
    let m = a
        .mistakes
        .iter()
        .find(|m| m.name == "transpose")
        .expect("a transpose mistake");
    let wrong = m.answer.to_text();
    let cmd = h
        .cmd()
        .args(["check", "la.inverse", "--seed", "4127", "--answer", &wrong])
        .assert()
        .code(1);
    cmd.stdout(predicate::str::contains("transpose"));
    let j = h.json_exit(
        &[
            "check",
            "la.inverse",
            "--seed",
            "4127",
            "--answer",
            &wrong,
            "--json",
        ],
        1,
    );
    assert_eq!(j["mistake"], "transpose");
    assert_eq!(j["correct"], false);
}

#[test]
fn bad_input_exits_2_with_a_message() {
    let h = Home::new();
    let cases: &[&[&str]] = &[
        &["show", "la.nope"],
        &["check", "la.nope", "--seed", "1", "--answer", "1"],
        &["check", "la.inverse", "--seed", "1", "--answer", "[[1,2"],
        &[
            "check",
            "la.inverse",
            "--seed",
            "1",
            "--answer",
            "[1 2 3; 4 5 6; 7 8 9; 1 1 1]",
        ],
        &["check", "la.inverse", "--seed", "1", "--answer", "yes"],
        &[
            "check",
            "la.determinant",
            "--seed",
            "1",
            "--answer",
            "[1, 2]",
        ],
        &["check", "la.determinant", "--seed", "1", "--answer", "1/0"],
        &["check", "la.determinant", "--seed", "1", "--answer", ""],
        &[
            "check",
            "la.determinant",
            "--seed",
            "1",
            "--answer",
            "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1",
        ],
        &["show", "la.inverse", "--level", "9"],
        &["show", "la.inverse", "--seed", "-3"],
        &["show", "la.inverse", "--format", "pdf"],
        &["calc", "[[1,2],[3,4]] * [1,2,3]"],
        &["calc", "det([1,2,3])"],
        &["calc", "2^^3"],
        &["calc", "x^2 + 1"],
        &["frobnicate"],
    ];
    for args in cases {
        let out = h.cmd().args(*args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: stdout {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(!out.stderr.is_empty(), "{args:?}: no message");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    let out = h
        .cmd()
        .args(["check", "la.inverse", "--seed", "1", "--answer", "[[1,2"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains('^'), "no caret under the input: {err}");
    let out = h.cmd().args(["show", "la.invrse"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean la.inverse"));
}

#[test]
fn check_without_seed_uses_the_last_shown_exercise() {
    let h = Home::new();
    h.cmd()
        .args(["check", "la.inverse", "--answer", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--seed"));
    let shown = h.json(&["show", "la.determinant", "--level", "2", "--json"]);
    let seed = shown["seed"].as_u64().unwrap().to_string();
    let solve = h.json(&["solve", "la.determinant", "--json"]);
    assert_eq!(solve["seed"].as_u64().unwrap().to_string(), seed);
    assert_eq!(solve["level"], 2);
    let answer = solve["answer"].as_str().unwrap();
    h.cmd()
        .args(["check", "la.determinant", "--answer", answer])
        .assert()
        .code(0);
    h.cmd()
        .args(["hint", "la.determinant", "--n", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Hint 1/"));
}

#[test]
fn show_formats() {
    let h = Home::new();
    let base = ["show", "la.inverse", "--seed", "4127"];
    h.cmd()
        .args(base)
        .assert()
        .success()
        .stdout(predicate::str::contains("la.inverse · level 1 · seed 4127"));
    h.cmd()
        .args([&base[..], &["--format", "latex"]].concat())
        .assert()
        .success()
        .stdout(predicate::str::contains("bmatrix"));
    h.cmd()
        .args([&base[..], &["--format", "markdown"]].concat())
        .assert()
        .success()
        .stdout(predicate::str::contains("$"));
    let out = h.cmd().args(base).output().unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains('\u{1b}'),
        "colour escapes with NO_COLOR"
    );
}

#[test]
fn calc_is_exact_where_the_input_is() {
    let h = Home::new();
    h.cmd()
        .args(["calc", "inv([[2,1],[1,1]])"])
        .assert()
        .success()
        .stdout(predicate::str::contains("−1").and(predicate::str::contains(".").not()));
    let j = h.json(&["calc", "inv([[2,1],[1,1]])", "--json"]);
    assert_eq!(j["type"], "matrix");
    assert_eq!(j["value"], serde_json::json!([[1.0, -1.0], [-1.0, 2.0]]));
    let j = h.json(&["calc", "det([[1,2],[3,4]])", "--json"]);
    assert_eq!(j["value"], -2.0);
    let j = h.json(&["calc", "1/3 + 1/6", "--json"]);
    assert_eq!(j["value"], 0.5);
    let j = h.json(&["calc", "[1,2,3]'", "--json"]);
    assert_eq!(j["type"], "matrix");
    let j = h.json(&["calc", "sqrt(2)/2", "--json"]);
    assert!((j["value"].as_f64().unwrap() - std::f64::consts::FRAC_1_SQRT_2).abs() < 1e-15);
    h.cmd()
        .args(["calc", "1/3"])
        .assert()
        .success()
        .stdout("1/3\n");
}

/// The expected answers of the linalg drill session with these settings, in order.
fn planned_answers(
    topic: Option<&str>,
    count: u32,
    level: u8,
    seed: u64,
) -> Vec<mathdrill::expr::Value> {
    let args = DrillArgs {
        topic: topic.map(str::to_string),
        count,
        level,
        seed: Some(seed),
        no_save: true,
    };
    session_plan("linalg", &args, seed)
        .unwrap()
        .iter()
        .map(|(k, l, s)| {
            mathdrill::registry()
                .generate(k, *l, *s)
                .unwrap()
                .answer
                .expected
        })
        .collect()
}

#[test]
fn a_piped_drill_session() {
    let h = Home::new();
    let expected = planned_answers(None, 4, 1, 11);
    let answer = |i: usize| expected[i].to_text();
    // A wrong answer of the right type: a 7 appended to the answer's first number.
    let wrong = |i: usize| {
        let a = answer(i);
        let at = a.find(|c: char| c.is_ascii_digit()).unwrap() + 1;
        format!("{}7{}", &a[..at], &a[at..])
    };
    // Q1: a hint, then right. Q2: unreadable, wrong twice (solution shown). Q3: solution. Q4: quit.
    let stdin = format!(
        "?\n{}\n[[1,2\n{}\n{}\nsolution\nquit\n",
        answer(0),
        wrong(1),
        wrong(1)
    );
    let out = h
        .cmd()
        .args(["linalg", "--count", "4", "--seed", "11"])
        .write_stdin(stdin)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Exercise 1/4 · "), "{text}");
    assert!(text.contains("Hint 1/"), "{text}");
    assert!(text.contains("✓ Correct."), "{text}");
    assert!(text.contains("Cannot read this answer"), "{text}");
    assert!(text.contains("one more try"), "{text}");
    assert!(text.contains("Exercise 4/4"), "{text}");
    assert!(text.contains("Summary"), "{text}");
    assert!(text.contains("1/3 correct (1 on the first try)"), "{text}");
    assert!(text.contains("stopped after 3 of 4"), "{text}");
    assert!(!text.contains('\u{1b}'));
    // The same seed gives the same session.
    let again = h
        .cmd()
        .args(["linalg", "--count", "4", "--seed", "11"])
        .write_stdin("quit\n")
        .output()
        .unwrap();
    let first_q = |t: &str| {
        t.lines()
            .find(|l| l.starts_with("Exercise 1/4"))
            .map(str::to_string)
    };
    assert_eq!(
        first_q(&text),
        first_q(&String::from_utf8_lossy(&again.stdout))
    );
}

#[test]
fn a_wrong_yes_or_no_is_settled_at_once() {
    let h = Home::new();
    let truth = planned_answers(Some("la.independent_or_not"), 2, 2, 5);
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let wrong = |i: usize| yes_no(truth[i] != mathdrill::expr::Value::Bool(true));
    let right = |i: usize| yes_no(truth[i] == mathdrill::expr::Value::Bool(true));
    let out = h
        .cmd()
        .args([
            "linalg",
            "la.independent_or_not",
            "--count",
            "2",
            "--level",
            "2",
            "--seed",
            "5",
        ])
        .write_stdin(format!("{}\n{}\n", wrong(0), right(1)))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(!text.contains("one more try"), "{text}");
    assert!(text.contains("Exercise 2/2"), "{text}");
    assert!(text.contains("1/2 correct (1 on the first try)"), "{text}");
}

#[test]
fn a_closed_pipe_ends_output_quietly() {
    // `mathdrill list | head -1`: the reader is gone before anything is written.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("mathdrill"))
        .args(["list", "--json"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn a_drill_can_be_narrowed_to_a_kind_and_unknown_areas_are_errors() {
    let h = Home::new();
    let out = h
        .cmd()
        .args(["linalg", "la.inverse", "--count", "2", "--seed", "3"])
        .write_stdin("skip\nskip\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.matches("· la.inverse ·").count(), 2, "{text}");
    h.cmd()
        .args(["linalg", "la.nothing"])
        .write_stdin("")
        .assert()
        .code(2);
    h.cmd()
        .args(["prob"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no exercises yet"));
}
