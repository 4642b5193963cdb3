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
        level: Some(level),
        mix: false,
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
        .args(["discrete"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no exercises yet"));
}

#[test]
fn help_offers_drills_only_for_areas_with_exercises() {
    let h = Home::new();
    let out = h.cmd().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for area in ["linalg", "prob", "stats", "calculus", "ml"] {
        assert!(commands.contains(&area), "{area} not offered:\n{help}");
    }
    for empty in ["models", "discrete", "basic"] {
        assert!(!commands.contains(&empty), "{empty} offered:\n{help}");
    }
    // Every drill offered has exercises.
    for area in commands
        .iter()
        .filter(|c| mathdrill::engine::area(c).is_some())
    {
        h.cmd()
            .args([area, "--count", "1", "--seed", "1"])
            .write_stdin("q\n")
            .assert()
            .success()
            .stdout(predicate::str::contains("Exercise 1/1"));
    }
}

#[test]
fn no_save_is_offered_by_the_commands_that_record() {
    let h = Home::new();
    for (args, offered) in [
        (&["linalg", "--help"][..], true),
        (&["check", "--help"][..], true),
        (&["show", "--help"][..], false),
        (&["solve", "--help"][..], false),
    ] {
        let help = h.cmd().args(args).assert().success();
        let has = predicate::str::contains("--no-save");
        if offered {
            help.stdout(has);
        } else {
            help.stdout(has.not());
        }
    }
}

#[test]
fn a_seed_is_written_with_digits_only() {
    let h = Home::new();
    for seed in ["+5", "-5", "5.0", "0x5"] {
        let refused = h
            .cmd()
            .args(["show", "la.inverse", "--seed", seed])
            .assert()
            .code(2);
        if seed != "-5" {
            // (clap reads `-5` as an unknown flag, which is refused too)
            refused.stderr(predicate::str::contains("digits only"));
        }
        h.cmd()
            .args(["linalg", "--seed", seed])
            .write_stdin("")
            .assert()
            .code(2);
    }
}

#[test]
fn unknown_kinds_suggest_by_name_before_spelling() {
    let h = Home::new();
    let err = |args: &[&str]| {
        let out = h.cmd().args(args).write_stdin("").output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    let det = err(&["show", "la.det"]);
    assert!(
        det.contains("la.determinant, la.det_properties"),
        "prefix matches first: {det}"
    );
    for query in ["la.det", "la.eig", "la.svd"] {
        let e = err(&["show", query]);
        assert!(!e.contains("la.pca"), "{query}: {e}");
    }
    assert!(err(&["show", "la.eig"]).contains("la.eigenvalues"));
    assert!(err(&["show", "la.svd"]).contains("la.singular_values"));
    // The drill's filter suggests the same way instead of listing every kind.
    let drill = err(&["linalg", "la.invrse"]);
    assert!(drill.contains("did you mean la.inverse?"), "{drill}");
    assert!(!drill.contains("la.pca"), "{drill}");
}

#[test]
fn a_drill_filter_may_name_a_kind_topic_or_prefix() {
    let h = Home::new();
    let kinds_drilled = |filter: &str| -> Vec<String> {
        let out = h
            .cmd()
            .args(["linalg", filter, "--count", "6", "--seed", "2"])
            .write_stdin("s\ns\ns\ns\ns\ns\n")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{filter}");
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        let mut ids: Vec<String> = text
            .lines()
            .filter_map(|l| l.strip_prefix("Exercise "))
            .filter_map(|l| l.split(" · ").nth(1).map(str::to_string))
            .collect();
        assert_eq!(ids.len(), 6, "{text}");
        ids.sort();
        ids.dedup();
        ids
    };
    assert_eq!(kinds_drilled("inverse"), ["la.inverse"]);
    assert_eq!(kinds_drilled("LA.Inverse"), ["la.inverse"]);
    let det = kinds_drilled("la.det");
    assert!(
        det.iter()
            .all(|k| k == "la.determinant" || k == "la.det_properties"),
        "{det:?}"
    );
    let svd = kinds_drilled("svd");
    assert!(
        svd.iter()
            .all(|k| k == "la.singular_values" || k == "la.low_rank_error"),
        "{svd:?}"
    );
}

#[test]
fn errors_under_json_are_json_objects_on_stdout() {
    let h = Home::new();
    let cases: &[&[&str]] = &[
        &["show", "la.nope", "--json"],
        &["solve", "la.nope", "--format", "json"],
        &["hint", "la.inverse", "--json"],
        &[
            "check",
            "la.inverse",
            "--seed",
            "1",
            "--answer",
            "[[1,2",
            "--json",
        ],
        &[
            "check",
            "la.determinant",
            "--seed",
            "1",
            "--answer",
            "[1, 2]",
            "--json",
        ],
        &["show", "la.inverse", "--level", "9", "--json"],
        &["show", "la.inverse", "--seed", "+5", "--json"],
        &["calc", "[[1,2", "--json"],
        &["calc", "det([1,2,3])", "--json"],
        &["list", "nope", "--json"],
    ];
    for args in cases {
        let out = h.cmd().args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            !out.stderr.is_empty(),
            "{args:?}: the message stays on stderr"
        );
        let j: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{args:?}: stdout is not JSON ({e}): {}",
                String::from_utf8_lossy(&out.stdout)
            )
        });
        assert!(j["error"].as_str().is_some_and(|e| !e.is_empty()), "{j}");
        assert!(j.get("position").is_some(), "{j}");
    }
    let j = h.json_exit(
        &[
            "check",
            "la.inverse",
            "--seed",
            "1",
            "--answer",
            "[[1,2",
            "--json",
        ],
        2,
    );
    assert_eq!(j["position"], 5, "{j}");
    let j = h.json_exit(&["calc", "2^^3", "--json"], 2);
    assert_eq!(j["position"], 2, "{j}");
}

#[test]
fn a_format_a_command_cannot_print_is_refused() {
    let h = Home::new();
    h.cmd()
        .args([
            "show",
            "la.inverse",
            "--seed",
            "1",
            "--json",
            "--format",
            "latex",
        ])
        .assert()
        .code(2);
    for format in ["latex", "markdown"] {
        for cmd in [
            &["hint", "la.inverse", "--seed", "1"][..],
            &["check", "la.inverse", "--seed", "1", "--answer", "1"][..],
        ] {
            h.cmd()
                .args(cmd)
                .args(["--format", format])
                .assert()
                .code(2)
                .stdout("")
                .stderr(predicate::str::contains(format!("--format {format}")));
        }
    }
}

/// The drill's output for this piped input.
fn drill_output(h: &Home, args: &[&str], stdin: impl Into<Vec<u8>>) -> String {
    let out = h
        .cmd()
        .arg("linalg")
        .args(args)
        .write_stdin(stdin.into())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

#[test]
fn drill_commands_have_short_forms_in_any_case() {
    let h = Home::new();
    let text = drill_output(
        &h,
        &["--count", "5", "--seed", "8"],
        "H\n?\nNext\nS\nSOL\nHelp\nQ\n",
    );
    assert!(
        text.contains("Hint 1/") && text.contains("Hint 2/"),
        "{text}"
    );
    assert_eq!(text.matches("Skipped.").count(), 2, "{text}");
    assert!(text.contains("  Answer: "), "{text}");
    assert!(
        text.contains("s, skip or next"),
        "help lists the short forms: {text}"
    );
    assert!(!text.contains("Cannot read"), "{text}");
    assert!(text.contains("stopped after 3 of 5"), "{text}");
}

#[test]
fn the_question_in_progress_is_listed_for_review_when_input_ends() {
    let h = Home::new();
    let plan = session_plan(
        "linalg",
        &DrillArgs {
            topic: None,
            count: 3,
            level: Some(1),
            mix: false,
            seed: Some(4),
            no_save: true,
        },
        4,
    )
    .unwrap();
    let open = |(k, l, s): &(String, u8, u64)| format!("mathdrill show {k} --level {l} --seed {s}");
    // Input ends (Ctrl-D) at the first question, and `q` at the second.
    let text = drill_output(&h, &["--count", "3", "--seed", "4"], "");
    assert!(text.contains("To review:"), "{text}");
    assert!(text.contains(&open(&plan[0])), "{text}");
    let text = drill_output(&h, &["--count", "3", "--seed", "4"], "s\nq\n");
    assert!(text.contains(&open(&plan[0])), "{text}");
    assert!(text.contains(&open(&plan[1])), "{text}");
    assert!(text.contains("stopped after 1 of 3"), "{text}");
}

#[test]
fn a_line_of_invalid_utf8_is_an_unreadable_answer() {
    let h = Home::new();
    let answer = planned_answers(None, 1, 1, 6)[0].to_text();
    let mut stdin = b"\xff\xfe 12\n".to_vec();
    stdin.extend_from_slice(answer.as_bytes());
    stdin.push(b'\n');
    let text = drill_output(&h, &["--count", "1", "--seed", "6"], stdin);
    assert!(text.contains("not valid UTF-8"), "{text}");
    assert!(text.contains("did not use up a try"), "{text}");
    assert!(text.contains("1/1 correct (1 on the first try)"), "{text}");
}

#[test]
fn a_pasted_matrix_is_read_as_one_answer() {
    let h = Home::new();
    // Two bracket lines, then quit: the two lines get one reply, and `q` is read as a command.
    let text = drill_output(
        &h,
        &["la.inverse", "--count", "1", "--seed", "6"],
        "A = ⎡ 2 3 ⎤\n    ⎣ 1 2 ⎦\nq\n",
    );
    let replies = text.matches("did not use up a try").count()
        + text.matches("one more try").count()
        + text.matches("✓ Correct.").count();
    assert_eq!(replies, 1, "{text}");
    assert!(text.contains("stopped after 0 of 1"), "{text}");
}

#[test]
fn show_then_check_refers_to_the_last_exercise_of_that_kind() {
    let h = Home::new();
    let inverse = h.json(&["show", "la.inverse", "--level", "2", "--json"]);
    let det = h.json(&["show", "la.determinant", "--json"]);
    let solved = h.json(&["solve", "la.inverse", "--json"]);
    assert_eq!(solved["seed"], inverse["seed"]);
    assert_eq!(solved["level"], 2);
    let answer = solved["answer"].as_str().unwrap();
    h.cmd()
        .args(["check", "la.inverse", "--answer", answer])
        .assert()
        .code(0);
    assert_eq!(
        h.json(&["solve", "la.determinant", "--json"])["seed"],
        det["seed"]
    );
    // A kind never shown names the last exercise shown.
    h.cmd()
        .args(["solve", "la.rank"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the last exercise shown was la.determinant",
        ));
}

#[test]
fn concurrent_shows_and_checks_do_not_mix_exercises() {
    let h = Home::new();
    let list = h.json(&["list", "--json"]);
    let kinds: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .take(12)
        .map(|k| k["id"].as_str().unwrap().to_string())
        .collect();
    for _round in 0..2 {
        std::thread::scope(|s| {
            for kind in &kinds {
                let h = &h;
                s.spawn(move || {
                    let shown = h.json(&["show", kind, "--json"]);
                    let solved = h.json(&["solve", kind, "--json"]);
                    assert_eq!(shown["seed"], solved["seed"], "{kind}");
                    let answer = solved["answer"].as_str().unwrap();
                    h.cmd()
                        .args(["check", kind, "--answer", answer])
                        .assert()
                        .code(0);
                });
            }
        });
    }
    // Every remembered file is whole JSON, and no temporary file is left.
    let shown = h.0.path().join("shown");
    let mut files: Vec<_> = std::fs::read_dir(&shown)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.push(h.0.path().join("last.json"));
    assert_eq!(files.len(), kinds.len() + 1, "{files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        serde_json::from_str::<Value>(&text).unwrap_or_else(|e| panic!("{f:?}: {e}: {text}"));
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_or_dev_zero_in_place_of_the_state_cannot_block_or_exhaust() {
    let h = Home::new();
    let shown = h.0.path().join("shown");
    std::fs::create_dir_all(&shown).unwrap();
    std::os::unix::fs::symlink("/dev/zero", h.0.path().join("last.json")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", shown.join("la.rank.json")).unwrap();
    let fifo = shown.join("la.inverse.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let quick = std::time::Duration::from_secs(20);
    for kind in ["la.inverse", "la.rank"] {
        h.cmd()
            .args(["solve", kind])
            .timeout(quick)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("no --seed given"));
        // With --seed the remembered state is not read at all.
        h.cmd()
            .args(["solve", kind, "--seed", "1"])
            .timeout(quick)
            .assert()
            .success();
    }
    // `show` replaces them with regular files, which then work.
    let shown_now = h.json(&["show", "la.inverse", "--json"]);
    assert_eq!(
        h.json(&["solve", "la.inverse", "--json"])["seed"],
        shown_now["seed"]
    );
}
