//! The answer language at the command line, as a learner meets it: an answer is a value, not a
//! computation; what the program prints can be typed or pasted back; refusals cost nothing and
//! say what to type; every wrong answer scores below 1.

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn mathdrill(args: &[&str]) -> Run {
    let home = TempDir::new().unwrap();
    let out = Command::cargo_bin("mathdrill")
        .unwrap()
        .env("MATHDRILL_HOME", home.path())
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into(),
        stderr: String::from_utf8_lossy(&out.stderr).into(),
    }
}

/// The canonical answer `solve --json` prints for an exercise.
fn answer(kind: &str, level: &str, seed: &str) -> String {
    let run = mathdrill(&["solve", kind, "--level", level, "--seed", seed, "--json"]);
    let json: Value = serde_json::from_str(&run.stdout).expect("solve prints JSON");
    json["answer"].as_str().expect("an answer").to_string()
}

fn check(kind: &str, level: &str, seed: &str, answer: &str) -> Run {
    mathdrill(&[
        "check", kind, "--level", level, "--seed", seed, "--answer", answer,
    ])
}

#[test]
fn a_calculator_function_is_not_an_answer() {
    let run = check("la.inverse", "1", "4127", "inv([-7 -4; 5 3])");
    assert_eq!(run.code, Some(2), "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("mathdrill calc"), "{}", run.stderr);
    assert!(
        run.stderr.contains("^^^ inv computes a result"),
        "{}",
        run.stderr
    );
    let run = check("la.inverse", "1", "4127", "[-7 -4; 5 3]^-1");
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    // The calculator keeps every function.
    let calc = mathdrill(&["calc", "inv([-7 -4; 5 3])"]);
    assert_eq!(calc.code, Some(0), "{}", calc.stderr);
}

#[test]
fn a_matrix_pasted_from_the_calculator_is_the_answer() {
    let calc = mathdrill(&["calc", "inv([-7 -4; 5 3])"]);
    assert!(calc.stdout.contains('⎡'), "{}", calc.stdout);
    let run = check("la.inverse", "1", "4127", calc.stdout.trim_end());
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
}

#[test]
fn a_dependent_basis_scores_below_one() {
    let run = mathdrill(&[
        "check",
        "la.null_space",
        "--level",
        "2",
        "--seed",
        "32529",
        "--answer",
        "{[-1,1,0],[1,-1,0]}",
        "--json",
    ]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["correct"], false);
    assert!(json["score"].as_f64().unwrap() < 1.0, "{json}");
}

#[test]
fn a_characteristic_polynomial_in_x_is_refused() {
    let expected = answer("la.char_poly", "1", "3");
    let in_x = expected.replace('λ', "x");
    let run = check("la.char_poly", "1", "3", &in_x);
    assert_eq!(run.code, Some(2), "{in_x}: {}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("the answer is a formula in λ; you wrote x. Type λ or lambda"),
        "{}",
        run.stderr
    );
    // With superscripts, as the solution prints it.
    let printed = expected.replace("λ^2", "λ²").replace('*', "");
    let run = check("la.char_poly", "1", "3", &printed);
    assert_eq!(run.code, Some(0), "{printed}: {}{}", run.stdout, run.stderr);
}

#[test]
fn eigenvalues_without_braces_and_with_an_extra_value() {
    let expected = answer("la.eigenvalues", "1", "5");
    let bare = expected.trim_start_matches('{').trim_end_matches('}');
    let run = check("la.eigenvalues", "1", "5", bare);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("did you mean {{{bare}}}?")),
        "{}",
        run.stderr
    );
    let extra = format!("{{{bare}, 1000}}");
    let run = check("la.eigenvalues", "1", "5", &extra);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stdout
            .contains("you gave 3 values; the answer has 2 values"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_near_miss_of_an_integer_says_it_is_an_integer() {
    let n: f64 = answer("la.determinant", "2", "3").parse().unwrap();
    let near = format!("{}", n - 0.0001);
    let run = check("la.determinant", "2", "3", &near);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stdout.contains("exact integer"), "{}", run.stdout);
    assert!(!run.stdout.contains("significant"), "{}", run.stdout);
}

#[test]
fn degrees_in_a_radian_answer_are_converted_and_said() {
    // Level 3 asks the angle in radians; type it in degrees.
    let json: Value = serde_json::from_str(
        &mathdrill(&[
            "solve",
            "la.angle_between",
            "--level",
            "3",
            "--seed",
            "1",
            "--json",
        ])
        .stdout,
    )
    .unwrap();
    let radians = mathdrill(&["calc", "--json", json["answer"].as_str().unwrap()]);
    let calc: Value = serde_json::from_str(&radians.stdout).unwrap();
    let degrees = (calc["value"].as_f64().unwrap().to_degrees()).round();
    let typed = format!("{degrees}°");
    let run = check("la.angle_between", "3", "1", &typed);
    assert_eq!(run.code, Some(0), "{typed}: {}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(&format!("read {typed} as ")) && run.stdout.contains("radians"),
        "{}",
        run.stdout
    );
    // Where degrees are asked, 45° is 45.
    let deg = answer("la.angle_between", "1", "1");
    let run = check("la.angle_between", "1", "1", &format!("{deg}°"));
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
}

#[test]
fn yes_and_no_in_any_case() {
    for seed in ["0", "1", "2", "3"] {
        let expected = answer("la.independent_or_not", "1", seed);
        let typed = match expected.as_str() {
            "yes" => "Yes.",
            "no" => "NO",
            other => panic!("not a yes/no answer: {other}"),
        };
        let run = check("la.independent_or_not", "1", seed, typed);
        assert_eq!(run.code, Some(0), "{typed}: {}{}", run.stdout, run.stderr);
    }
}
