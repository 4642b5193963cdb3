//! `mathdrill bench` as a tool reads it: the JSON of the shared schema (schema 1) from one
//! `--quick` run, the text table of a filtered run, `--save` and `--baseline` (the change words
//! of a slower, a faster and an unchanged run), and bad input (exit 2). No timing is asserted:
//! only shapes, and relations that hold for any timings.

use assert_cmd::Command;
use serde_json::{Value, json};
use std::path::Path;

/// Every routine id of the schema.
const ROUTINES: [&str; 18] = [
    "matmul",
    "det",
    "solve",
    "inverse",
    "qr",
    "eigen_sym",
    "svd",
    "power_iteration",
    "normal_sample",
    "exponential_sample",
    "clt_means",
    "normal_cdf",
    "normal_quantile",
    "binomial_pmf",
    "gradient",
    "softmax",
    "logsumexp",
    "exercise",
];

/// The fields of a result, in the schema's order.
const FIELDS: [&str; 15] = [
    "routine",
    "size",
    "variant",
    "role",
    "label",
    "median_ns",
    "q1_ns",
    "q3_ns",
    "samples",
    "iterations",
    "flops",
    "gflops",
    "items",
    "items_per_s",
    "ratio",
];

fn bench() -> Command {
    let mut c = Command::cargo_bin("mathdrill").unwrap();
    c.arg("bench")
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
    c
}

/// Runs `mathdrill bench ARGS`, asserting exit 0; its stdout.
fn ok(args: &[&str]) -> String {
    let out = bench().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn num(v: &Value, key: &str) -> f64 {
    v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is not a number in {v}"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// Checks a run object against schema 1.
fn check_schema(run: &Value, mode: &str) {
    assert_eq!(run["schema"], 1);
    assert_eq!(run["mode"], mode);
    let machine = &run["machine"];
    assert!(!machine["cpu"].as_str().unwrap().is_empty());
    assert!(machine["cores"].as_u64().unwrap() >= 1);
    assert_eq!(machine["os"], std::env::consts::OS);
    assert_eq!(machine["arch"], std::env::consts::ARCH);
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected = FIELDS.to_vec();
        expected.sort_unstable();
        let mut keys_sorted = keys.clone();
        keys_sorted.sort_unstable();
        assert_eq!(keys_sorted, expected, "{r}");
        assert!(["textbook", "scratch", "reference"].contains(&r["role"].as_str().unwrap()));
        assert!(!r["label"].as_str().unwrap().is_empty());
        let (median, q1, q3) = (num(r, "median_ns"), num(r, "q1_ns"), num(r, "q3_ns"));
        assert!(median > 0.0 && q1 > 0.0, "{r}");
        assert!(q1 <= median && median <= q3, "{r}");
        let samples = r["samples"].as_u64().unwrap();
        assert!(samples >= 5 && samples % 2 == 1, "{r}");
        assert!(r["iterations"].as_u64().unwrap() >= 1);
        match r["flops"].as_f64() {
            Some(f) => assert!(close(num(r, "gflops"), f / median), "{r}"),
            None => assert!(r["gflops"].is_null(), "{r}"),
        }
        match r["items"].as_f64() {
            Some(i) => assert!(close(num(r, "items_per_s"), i / median * 1e9), "{r}"),
            None => assert!(r["items_per_s"].is_null(), "{r}"),
        }
        // The ratio is the median over the reference's median at the same routine and size.
        let reference = results.iter().find(|x| {
            x["routine"] == r["routine"] && x["size"] == r["size"] && x["role"] == "reference"
        });
        match reference {
            Some(x) => assert!(close(num(r, "ratio"), median / num(x, "median_ns")), "{r}"),
            None => assert!(r["ratio"].is_null(), "{r}"),
        }
        if r["role"] == "reference" {
            assert_eq!(r["ratio"].as_f64(), Some(1.0));
        }
        if r["routine"] == "exercise" {
            assert!(r["size"].is_null());
            assert!(r["ratio"].is_null());
            assert!(r["items"].as_f64().unwrap() >= 1.0);
        } else {
            assert!(r["size"].as_u64().unwrap() >= 1, "{r}");
        }
    }
}

/// A copy of `run` with every time multiplied by `factor` (and, with `wide`, quartiles so
/// wide that no change can be beyond them).
fn scaled(run: &Value, factor: f64, wide: bool) -> Value {
    let mut run = run.clone();
    for r in run["results"].as_array_mut().unwrap() {
        for key in ["median_ns", "q1_ns", "q3_ns"] {
            r[key] = json!(r[key].as_f64().unwrap() * factor);
        }
        if wide {
            r["q1_ns"] = json!(0.0);
            r["q3_ns"] = json!(1e15);
        }
    }
    run
}

fn write(path: &Path, v: &Value) {
    std::fs::write(path, serde_json::to_string(v).unwrap()).unwrap();
}

/// The data rows of a table: lines that start with a routine id and hold a time.
/// The text of a quick `det` run at n = 8 against the baseline in `file`.
fn det_against(file: &Path) -> String {
    ok(&[
        "det",
        "--quick",
        "--size",
        "8",
        "--baseline",
        file.to_str().unwrap(),
    ])
}

fn rows<'a>(text: &'a str, routine: &str) -> Vec<&'a str> {
    text.lines()
        .filter(|l| l.split_whitespace().next() == Some(routine) && l.contains('×'))
        .collect()
}

#[test]
fn a_quick_run_follows_the_schema_and_compares_with_a_saved_one() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("run.json");
    let stdout = ok(&["--quick", "--json", "--save", saved.to_str().unwrap()]);
    let run: Value = serde_json::from_str(&stdout).expect("stdout is one JSON object");
    check_schema(&run, "quick");
    let results = run["results"].as_array().unwrap();
    for id in ROUTINES {
        assert!(results.iter().any(|r| r["routine"] == id), "{id} missing");
    }
    for area in ["linalg", "prob", "stats", "calculus", "ml"] {
        assert!(
            results
                .iter()
                .any(|r| r["routine"] == "exercise" && r["variant"] == area),
            "exercise {area} missing"
        );
    }
    // --save writes the same object.
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&saved).unwrap()).unwrap();
    assert_eq!(file, run);

    // The same file as the baseline: every row is found in it.
    let text = det_against(&saved);
    let det = rows(&text, "det");
    assert_eq!(det.len(), 3, "{text}");
    for row in &det {
        assert!(
            ["same", "slower", "faster"]
                .iter()
                .any(|w| row.ends_with(w)),
            "{row}"
        );
    }
    // Baselines that cannot be told apart from this run, and 3× slower and faster ones.
    let cases = [
        (1.0, true, "same"),
        (3.0, false, "faster"),
        (1.0 / 3.0, false, "slower"),
    ];
    for (factor, wide, word) in cases {
        let path = dir.path().join(format!("base-{word}.json"));
        write(&path, &scaled(&run, factor, wide));
        let text = det_against(&path);
        let det = rows(&text, "det");
        assert_eq!(det.len(), 3, "{text}");
        for row in det {
            assert!(row.ends_with(word), "{word}: {row}");
        }
    }
    // A row the baseline lacks says so.
    let mut partial = run.clone();
    partial["results"]
        .as_array_mut()
        .unwrap()
        .retain(|r| !(r["routine"] == "det" && r["variant"] == "exact"));
    let path = dir.path().join("partial.json");
    write(&path, &partial);
    let text = det_against(&path);
    let exact: Vec<&str> = rows(&text, "det")
        .into_iter()
        .filter(|r| r.contains(" exact "))
        .collect();
    assert_eq!(exact.len(), 1, "{text}");
    assert!(exact[0].ends_with("not in baseline"), "{}", exact[0]);
    // With colour forced, a slowdown is red (and a speed-up green).
    let out = Command::cargo_bin("mathdrill")
        .unwrap()
        .args(["bench", "det", "--quick", "--size", "8", "--baseline"])
        .arg(dir.path().join("base-slower.json"))
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    let coloured = String::from_utf8(out.stdout).unwrap();
    assert!(coloured.contains("\x1b[31m+"), "{coloured:?}");
}

#[test]
fn a_filtered_text_run_has_the_header_and_a_row_per_result() {
    let text = ok(&["softmax", "binomial_pmf", "--quick", "--size", "10", "20"]);
    assert!(text.contains("mathdrill bench, quick mode"), "{text}");
    assert!(text.contains("machine: "), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("routine") && l.contains("median"))
    );
    let softmax = rows(&text, "softmax");
    assert_eq!(softmax.len(), 2, "{text}");
    assert!(softmax.iter().all(|r| r.contains(" 10 ")));
    let binomial = rows(&text, "binomial_pmf");
    assert_eq!(binomial.len(), 3, "{text}");
    for variant in ["exact", "scratch", "statrs"] {
        assert!(binomial.iter().any(|r| r.contains(variant)), "{variant}");
    }
    assert!(rows(&text, "det").is_empty());
    assert!(
        text.contains("softmax/stable"),
        "the variants are described"
    );
    // The JSON of a filtered run holds only the rows asked for.
    let run: Value = serde_json::from_str(&ok(&["logsumexp", "--quick", "--json"])).unwrap();
    check_schema(&run, "quick");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    assert!(results.iter().all(|r| r["routine"] == "logsumexp"));
}

#[test]
fn bad_input_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let fails = |args: &[&str], needle: &str| {
        let out = bench().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        String::from_utf8(out.stdout).unwrap()
    };
    let stdout = fails(&["dett", "--quick"], "unknown routine `dett`");
    assert!(stdout.is_empty());
    // The message lists every routine id.
    let out = bench().args(["nope"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    for id in ROUTINES {
        assert!(stderr.contains(id), "{id}: {stderr}");
    }
    // Under --json the error is JSON on stdout too.
    let stdout = fails(&["nope", "--json"], "unknown routine");
    let e: Value = serde_json::from_str(&stdout).unwrap();
    assert!(e["error"].as_str().unwrap().contains("unknown routine"));
    fails(&["--size", "0"], "a size is a whole number");
    fails(&["--size", "eight"], "a size is a whole number");
    fails(
        &["det", "--size", "7"],
        "no selected routine runs at size 7",
    );
    fails(&["--quick", "--full"], "cannot be used with");
    let missing = dir.path().join("missing.json");
    fails(
        &["det", "--baseline", missing.to_str().unwrap()],
        "cannot read the baseline",
    );
    let invalid = dir.path().join("invalid.json");
    std::fs::write(&invalid, "{ not json").unwrap();
    fails(
        &["det", "--baseline", invalid.to_str().unwrap()],
        "cannot read the baseline",
    );
    let other = dir.path().join("schema2.json");
    write(
        &other,
        &json!({"schema": 2, "mode": "quick", "machine": {"cpu": "x", "cores": 1, "os": "linux",
                "arch": "x86_64"}, "results": []}),
    );
    fails(&["det", "--baseline", other.to_str().unwrap()], "schema 2");
}
