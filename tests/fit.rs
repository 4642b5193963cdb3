//! Output fits the terminal: every prompt and worked solution of every kind and level, laid out
//! for 80 columns, has no row wider than 80 — except where a single unsplittable block (a matrix
//! with what is glued to it) is itself wider than a row; those are counted and listed.

use assert_cmd::Command;
use mathdrill::engine::Line;
use mathdrill::registry;
use mathdrill::render::{self, HANG, fit, widest_unit, width};

const COLUMNS: usize = 80;
const INDENT: &str = "  ";

fn seeds() -> u64 {
    mathdrill::engine::soak::seeds(20)
}

/// The widest row of `lines` laid out for `COLUMNS`, and whether that is allowed: only a line
/// holding a unit too wide for a continuation row may overflow.
fn overflow(lines: &[Line]) -> Option<(usize, usize)> {
    let room = COLUMNS - INDENT.len() - HANG;
    for line in lines {
        let out = fit(std::slice::from_ref(line), INDENT, COLUMNS);
        let widest = out.lines().map(width).max().unwrap_or(0);
        if widest > COLUMNS {
            let unit = widest_unit(line);
            assert!(
                unit > room,
                "a row of {widest} columns though every unit fits ({unit} ≤ {room}):\n{out}"
            );
            return Some((widest, unit));
        }
    }
    None
}

#[test]
fn every_prompt_and_solution_fits_80_columns_but_for_wide_blocks() {
    let reg = registry();
    let mut wide: Vec<String> = Vec::new();
    let mut total = 0;
    for k in reg.kinds() {
        for &level in k.levels.iter().filter(|&&l| l <= 3) {
            for seed in 0..seeds() {
                let p = reg.generate(&k.id, level, seed).unwrap();
                total += 1;
                for (part, lines) in [("prompt", &p.prompt), ("solution", &p.solution)] {
                    if let Some((row, unit)) = overflow(lines) {
                        wide.push(format!(
                            "{} L{level} s{seed} {part}: row {row}, block {unit}",
                            k.id
                        ));
                    }
                }
            }
        }
    }
    eprintln!(
        "{} of {total} exercises have a block wider than {} columns:\n{}",
        wide.len(),
        COLUMNS - INDENT.len() - HANG,
        wide.join("\n")
    );
}

#[test]
fn prose_rows_keep_every_word_in_order() {
    let reg = registry();
    for k in reg.kinds() {
        for &level in &k.levels {
            let p = reg.generate(&k.id, level, 1).unwrap();
            for line in p.prompt.iter().chain(&p.solution) {
                let one = render::lines(std::slice::from_ref(line), "");
                if one.lines().count() > 1 {
                    continue; // blocks interleave their rows; the unit tests cover those
                }
                let narrow = fit(std::slice::from_ref(line), "", 30);
                let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
                assert_eq!(words(&narrow), words(&one), "{} L{level}:\n{narrow}", k.id);
            }
        }
    }
}

/// The CLI honours `COLUMNS`: `solve` and a hint at 40 columns, and the example of the issue at
/// 80, print no row wider than asked (these exercises have no wider block).
#[test]
fn the_cli_fits_columns() {
    for (columns, args) in [
        (
            "80",
            &["solve", "la.matrix_vector", "--level", "3", "--seed", "2"][..],
        ),
        (
            "40",
            &["solve", "la.determinant", "--level", "2", "--seed", "3"][..],
        ),
        ("40", &["hint", "la.inverse", "--seed", "4127"][..]),
        ("40", &["show", "la.pca", "--level", "2", "--seed", "1"][..]),
        // Mistake feedback, wrapped with a hanging indent under the text after `✗ `.
        (
            "30",
            &[
                "check",
                "la.inverse",
                "--seed",
                "4127",
                "--answer",
                "[-7 5; -4 3]",
            ][..],
        ),
    ] {
        let home = tempfile::tempdir().unwrap();
        let out = Command::cargo_bin("mathdrill")
            .unwrap()
            .env("MATHDRILL_HOME", home.path())
            .env("NO_COLOR", "1")
            .env("COLUMNS", columns)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.code().is_some_and(|c| c < 2), "{args:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        let limit: usize = columns.parse().unwrap();
        for row in text.lines() {
            // The `Check with:` command is meant to be copied whole: below 80 columns it may
            // be wider than the terminal; at 80 it fits (the longest kind id's).
            if limit >= 80 || !row.trim_start().starts_with("mathdrill check") {
                assert!(
                    width(row) <= limit,
                    "{args:?} at {columns}: {row:?}\n{text}"
                );
            }
        }
    }
}

/// A piped drill session at 40 columns: prompt, feedback, hint, solution and summary all fit
/// (the `mathdrill show …` lines to review are commands, copied whole).
#[test]
fn a_drill_session_fits_columns() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("mathdrill")
        .unwrap()
        .env("MATHDRILL_HOME", home.path())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "40")
        .args(["linalg", "--count", "2", "--seed", "5"])
        .write_stdin("0\n?\n0\nhelp\nskip\n")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Summary"), "{text}");
    for row in text.lines() {
        if !row.trim_start().starts_with("mathdrill show") {
            assert!(width(row) <= 40, "{row:?}\n{text}");
        }
    }
}

/// `show`'s `Check with:` command, on a line of its own, fits 80 columns for the longest kind id
/// of the catalog with a 5-digit seed.
#[test]
fn the_check_command_of_the_longest_kind_fits_80_columns() {
    let reg = registry();
    let longest = reg
        .kinds()
        .map(|k| k.id.clone())
        .max_by_key(|id| id.len())
        .unwrap();
    let home = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("mathdrill")
        .unwrap()
        .env("MATHDRILL_HOME", home.path())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .args(["show", &longest, "--level", "3", "--seed", "99999"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let command = text
        .lines()
        .find(|r| r.contains("mathdrill check"))
        .expect(&text);
    assert!(width(command) <= 80, "{command:?}");
}
