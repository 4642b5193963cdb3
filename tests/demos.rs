//! Every demo, run as a learner would: through the library with a fixed seed (quick size, the
//! same claims), with its SVG written to a temporary directory and checked, and `mathdrill demo`
//! through the binary.

use assert_cmd::Command;
use mathdrill::demos::{self, Options, Size};
use predicates::prelude::*;
use unicode_width::UnicodeWidthStr;

fn quick(seed: u64) -> Options {
    Options {
        seed,
        size: Size::Quick,
        ..Options::default()
    }
}

/// The tag names of `svg` after checking that every element is closed in order (a small
/// well-formedness check: tags balance, attributes are quoted, nothing follows the root).
fn well_formed(svg: &str) -> Result<Vec<String>, String> {
    let mut stack: Vec<String> = Vec::new();
    let mut names = Vec::new();
    let mut rest = svg.trim();
    let mut closed_root = false;
    while let Some(open) = rest.find('<') {
        if closed_root && !rest[..open].trim().is_empty() {
            return Err("text after the root element".into());
        }
        let close = rest[open..].find('>').ok_or("a tag is not closed")? + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if !tag.matches('"').count().is_multiple_of(2) {
            return Err(format!("unbalanced quotes in <{tag}>"));
        }
        if let Some(name) = tag.strip_prefix('/') {
            let top = stack.pop().ok_or(format!("</{name}> closes nothing"))?;
            if top != name.trim() {
                return Err(format!("</{name}> closes <{top}>"));
            }
            closed_root = stack.is_empty();
        } else {
            if closed_root {
                return Err(format!("<{tag}> after the root element"));
            }
            let name: String = tag
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '/')
                .collect();
            names.push(name.clone());
            if !tag.ends_with('/') {
                stack.push(name);
            }
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed elements: {stack:?}"));
    }
    if names.first().map(String::as_str) != Some("svg") {
        return Err("the root element is not <svg>".into());
    }
    Ok(names)
}

#[test]
fn the_svg_checker_sees_what_it_looks_for() {
    assert!(well_formed("<svg><g><rect x=\"1\"/></g></svg>").is_ok());
    assert!(well_formed("<svg><g></svg>").is_err());
    assert!(well_formed("<svg><rect x=\"1/></svg>").is_err());
    assert!(well_formed("<svg></svg><svg></svg>").is_err());
    assert!(well_formed("<g></g>").is_err());
}

#[test]
fn every_demo_runs_holds_its_claims_and_fits_80_columns() {
    // The demos the README and the issues promise, by name (the list may grow).
    let names: Vec<&str> = demos::all().iter().map(|d| d.name).collect();
    for promised in [
        "clt_demo",
        "lln_demo",
        "gauss_jordan",
        "power_iteration",
        "svd_low_rank",
        "linear_transformations",
        "finite_differences",
        "gradient_descent",
        "linear_regression",
        "regularization_path",
        "bias_variance",
        "numerical_stability",
    ] {
        assert!(
            names.contains(&promised),
            "{promised} missing from {names:?}"
        );
    }
    for demo in demos::all() {
        let mut out = Vec::new();
        let report = demo
            .run(&quick(7), &mut out)
            .unwrap_or_else(|e| panic!("{}: {e}", demo.name));
        assert!(
            report.claims.len() >= 3,
            "{}: {:?}",
            demo.name,
            report.claims
        );
        let text = String::from_utf8(out).unwrap();
        for line in text.lines() {
            assert!(line.width() <= 80, "{}: too wide: {line}", demo.name);
        }
        assert_eq!(
            text.matches("\n✓ ").count() + usize::from(text.starts_with("✓ ")),
            report.claims.len(),
            "{}: one ✓ per claim\n{text}",
            demo.name
        );
        assert!(!text.contains('✗'));
        // The terminal figure: axes and a legend naming the first series.
        if let Some(figure) = &report.figure {
            let first = &figure.panels[0].series[0].label;
            assert!(
                text.contains('└') && text.contains(first.as_str()),
                "{}",
                demo.name
            );
        }
    }
}

/// The demos that compute on an example the seed chooses, rather than simulate.
const LINEAR_ALGEBRA: [&str; 4] = [
    "gauss_jordan",
    "power_iteration",
    "svd_low_rank",
    "linear_transformations",
];

#[test]
fn the_same_seed_gives_the_same_run_and_another_seed_another() {
    let demo = demos::find("bayes_base_rate").unwrap();
    let run = |seed| {
        let mut out = Vec::new();
        demo.run(&quick(seed), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    assert_eq!(run(3), run(3));
    assert_ne!(run(3), run(4));
    for name in LINEAR_ALGEBRA {
        let demo = demos::find(name).unwrap();
        let run = |seed| {
            let mut out = Vec::new();
            demo.run(&quick(seed), &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(run(3), run(3), "{name}");
        assert_ne!(run(3), run(4), "{name}: the seed chooses the example");
    }
}

#[test]
fn an_svg_of_a_demo_without_a_figure_is_an_error_before_any_output() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gj.svg");
    let opts = Options {
        svg: Some(path.clone()),
        ..quick(1)
    };
    let mut out = Vec::new();
    let err = demos::find("gauss_jordan")
        .unwrap()
        .run(&opts, &mut out)
        .unwrap_err();
    assert!(
        matches!(err, demos::DemoError::NoFigure("gauss_jordan")),
        "{err}"
    );
    assert!(err.to_string().contains("no figure"), "{err}");
    assert!(out.is_empty() && !path.exists());
}

#[test]
fn every_demo_writes_a_well_formed_svg_with_axes_ticks_and_a_legend() {
    let dir = tempfile::tempdir().unwrap();
    for demo in demos::all().iter().filter(|d| d.name != "gauss_jordan") {
        let path = dir.path().join(format!("{}.svg", demo.name));
        let opts = Options {
            svg: Some(path.clone()),
            ..quick(11)
        };
        let mut out = Vec::new();
        let report = demo.run(&opts, &mut out).unwrap();
        let figure = report.figure.as_ref().unwrap();
        let svg = std::fs::read_to_string(&path).unwrap();
        let names = well_formed(&svg).unwrap_or_else(|e| panic!("{}: {e}", demo.name));
        let count = |n: &str| names.iter().filter(|x| *x == n).count();
        // Axes and ticks are lines; tick labels, titles and the legend are text.
        assert!(
            count("line") >= 10,
            "{}: {} lines",
            demo.name,
            count("line")
        );
        assert!(count("text") >= 8, "{}: {} texts", demo.name, count("text"));
        for panel in &figure.panels {
            assert!(
                svg.contains(&escape(&panel.title)),
                "{}: {}",
                demo.name,
                panel.title
            );
        }
        let labels = figure.panels[0].series.iter().map(|s| &s.label);
        for label in labels.filter(|l| !l.is_empty()) {
            assert!(
                svg.contains(&escape(label)),
                "{}: legend {label}",
                demo.name
            );
        }
        let histogram = figure.panels[0]
            .series
            .iter()
            .any(|s| matches!(s.shape, demos::figure::Shape::Histogram { .. }));
        if histogram {
            assert!(count("rect") > 20, "{}: bars", demo.name);
        } else {
            assert!(count("polyline") >= 1, "{}: a line", demo.name);
        }
        assert!(String::from_utf8(out).unwrap().contains("wrote "));
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
}

#[test]
fn an_unwritable_svg_path_is_an_error_not_a_panic() {
    let opts = Options {
        svg: Some("/nonexistent-dir/x.svg".into()),
        ..quick(1)
    };
    let err = demos::find("lln_demo")
        .unwrap()
        .run(&opts, &mut Vec::new())
        .unwrap_err();
    assert!(err.to_string().contains("/nonexistent-dir/x.svg"), "{err}");
    assert!(demos::find("no_such_demo").is_err());
    // Through the CLI: refused before the simulation runs (nothing on stdout), one message.
    let out = mathdrill()
        .args(["demo", "clt_demo", "--svg", "/nonexistent-dir/x.svg"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.matches("does not exist").count(), 1, "{err}");
}

fn mathdrill() -> Command {
    let mut c = Command::cargo_bin("mathdrill").unwrap();
    let home = std::env::temp_dir().join("mathdrill-demos-test-home");
    c.env("MATHDRILL_HOME", home).env("NO_COLOR", "1");
    c
}

#[test]
fn mathdrill_demo_lists_the_demos() {
    let out = mathdrill().arg("demo").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    for d in demos::all() {
        assert!(text.contains(&format!("  {} ", d.name)), "{text}");
    }
    assert!(text.lines().all(|l| l.width() <= 80), "{text}");
}

#[test]
fn mathdrill_demo_runs_one_with_a_seed_and_an_svg() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("lln.svg");
    mathdrill()
        .args(["demo", "lln_demo", "--quick", "--seed", "5"])
        .arg("--svg")
        .arg(&svg)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("(seed 5)"))
        .stdout(predicate::str::contains("✓ the running mean converges"));
    well_formed(&std::fs::read_to_string(&svg).unwrap()).unwrap();
    mathdrill()
        .args(["demo", "no_such_demo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`mathdrill demo` lists them"));
    mathdrill()
        .args(["demo", "lln_demo", "--seed", "-1"])
        .assert()
        .code(2);
}

#[test]
fn mathdrill_demo_runs_the_linear_algebra_demos_with_and_without_an_svg() {
    let dir = tempfile::tempdir().unwrap();
    for name in LINEAR_ALGEBRA {
        mathdrill()
            .args(["demo", name, "--seed", "9"])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("(seed 9"))
            .stdout(predicate::str::contains("✓ "))
            .stdout(predicate::str::contains("✗").not());
        let svg = dir.path().join(format!("{name}.svg"));
        let with_svg = mathdrill()
            .args(["demo", name, "--seed", "9", "--svg"])
            .arg(&svg)
            .output()
            .unwrap();
        if name == "gauss_jordan" {
            assert_eq!(with_svg.status.code(), Some(2), "{name}");
            let err = String::from_utf8(with_svg.stderr).unwrap();
            assert!(err.contains("no figure"), "{err}");
            assert!(with_svg.stdout.is_empty() && !svg.exists());
        } else {
            assert_eq!(with_svg.status.code(), Some(0), "{name}");
            well_formed(&std::fs::read_to_string(&svg).unwrap()).unwrap();
        }
    }
}
