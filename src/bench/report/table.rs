//! The aligned text table: routine, n, variant, median, spread, rate, ratio and its bar, and the
//! change against a baseline when one is given.

use super::bar::{ONE, WIDTH, bar};
use super::baseline::{Change, compare};
use super::{Painter, Tone};
use crate::bench::registry::Role;
use crate::bench::timing::{Plan, format_seconds, three_digits};
use crate::bench::{BenchResult, Run};
use std::fmt::Write;

/// The lines above the table: the mode and its plan, and the machine.
pub fn header(run: &Run, plan: &Plan, paint: Painter) -> String {
    let m = &run.machine;
    let cores = if m.cores == 1 { "core" } else { "cores" };
    let title = format!(
        "mathdrill bench, {} mode: {} samples per row, each ≥ {}, ≤ {} per row",
        run.mode.name(),
        plan.samples,
        format_seconds(plan.target.as_secs_f64()),
        format_seconds(plan.budget.as_secs_f64()),
    );
    format!(
        "{}\nmachine: {}, {} {cores}, {} {}\n",
        paint(Tone::Head, &title),
        m.cpu,
        m.cores,
        m.os,
        m.arch
    )
}

/// A column: its heading, width and alignment.
struct Column {
    title: &'static str,
    width: usize,
    right: bool,
}

const fn col(title: &'static str, width: usize, right: bool) -> Column {
    Column {
        title,
        width,
        right,
    }
}

const COLUMNS: [Column; 8] = [
    col("routine", 18, false),
    col("n", 7, true),
    col("variant", 11, false),
    col("median", 9, true),
    col("±", 5, true),
    col("rate", 12, true),
    col("×ref", 7, true),
    col("", WIDTH, false),
];

fn pad(text: &str, c: &Column) -> String {
    let fill = " ".repeat(c.width.saturating_sub(text.chars().count()));
    if c.right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

/// A rate with an SI prefix: `12.3 GFLOP/s`, `150 M/s`.
fn rate(r: &BenchResult) -> String {
    if let Some(g) = r.gflops {
        return format!("{} GFLOP/s", three_digits(g));
    }
    let Some(per_s) = r.items_per_s else {
        return String::new();
    };
    let (value, prefix) = [(1e9, "G"), (1e6, "M"), (1e3, "k")]
        .into_iter()
        .find(|(scale, _)| per_s >= *scale)
        .map_or((per_s, ""), |(scale, p)| (per_s / scale, p));
    format!("{} {prefix}/s", three_digits(value))
}

fn ratio_tone(r: &BenchResult) -> Tone {
    match r.ratio {
        _ if r.role == Role::Reference => Tone::Dim,
        Some(x) if x <= 1.5 => Tone::Good,
        Some(x) if x <= 5.0 => Tone::Warn,
        Some(_) => Tone::Bad,
        None => Tone::Plain,
    }
}

/// The table of `run`, with a change column against `baseline` when given, the notes of the
/// skipped variants, and the variants' descriptions.
pub fn table(run: &Run, baseline: Option<&Run>, paint: Painter) -> String {
    let mut out = String::new();
    let mut head: Vec<String> = COLUMNS.iter().map(|c| pad(c.title, c)).collect();
    if baseline.is_some() {
        head.push("change".to_string());
    }
    let _ = writeln!(out, "{}", paint(Tone::Head, head.join(" ").trim_end()));
    let mut previous: Option<&str> = None;
    for r in &run.results {
        if previous.is_some_and(|p| p != r.routine) {
            out.push('\n');
        }
        previous = Some(&r.routine);
        let spread = (r.q3_ns - r.q1_ns) / (2.0 * r.median_ns) * 100.0;
        let cells = [
            r.routine.clone(),
            r.size.map_or(String::new(), |n| n.to_string()),
            r.variant.clone(),
            format_seconds(r.median_ns * 1e-9),
            format!("±{spread:.0}%"),
            rate(r),
            r.ratio
                .map_or("–".to_string(), |x| format!("{}×", three_digits(x))),
            r.ratio.map_or(String::new(), bar),
        ];
        let tone = ratio_tone(r);
        let mut line: Vec<String> = cells
            .iter()
            .zip(&COLUMNS)
            .enumerate()
            .map(|(k, (text, c))| {
                // The bar is padded only when the change column follows it.
                let padded = if k == COLUMNS.len() - 1 && baseline.is_none() {
                    text.clone()
                } else {
                    pad(text, c)
                };
                if k >= 6 { paint(tone, &padded) } else { padded }
            })
            .collect();
        if let Some(base) = baseline {
            let change = compare(r, base);
            let tone = match change {
                Change::Slower(_) => Tone::Bad,
                Change::Faster(_) => Tone::Good,
                Change::Same(_) => Tone::Dim,
                Change::New => Tone::Warn,
            };
            line.push(paint(tone, &change.text()));
        }
        let _ = writeln!(out, "{}", line.join(" ").trim_end());
    }
    let _ = writeln!(
        out,
        "\n{}",
        paint(
            Tone::Dim,
            &format!(
                "median and ±half the interquartile range of one call; ×ref: median over the \
                 reference's at the same n;\nbar: log scale, one █ per doubling, 1× = {}",
                "█".repeat(ONE)
            )
        )
    );
    for line in speedups(run) {
        let _ = writeln!(out, "{line}");
    }
    if !run.skipped.is_empty() {
        let _ = writeln!(out, "\n{}", paint(Tone::Head, "Skipped:"));
        for s in &run.skipped {
            let at = s.size.map_or(String::new(), |n| format!(" n={n}"));
            let _ = writeln!(out, "  {}{at} {}: {}", s.routine, s.variant, s.note);
        }
    }
    let _ = writeln!(out, "\n{}", paint(Tone::Head, "Variants:"));
    let mut seen: Vec<(String, String)> = Vec::new();
    let width = run
        .results
        .iter()
        .map(|r| r.routine.chars().count() + 1 + r.variant.chars().count())
        .max()
        .unwrap_or(0);
    for r in &run.results {
        let key = (r.routine.clone(), r.variant.clone());
        if seen.contains(&key) {
            continue;
        }
        let name = format!("{}/{}", r.routine, r.variant);
        let _ = writeln!(out, "  {name:<width$} [{}] {}", r.role.name(), r.label);
        seen.push(key);
    }
    out
}

/// The parallel speed-up of every routine timed both on one core and with rayon:
/// `clt_means n=30: rayon on 2 cores is 1.86× as fast as one core`.
fn speedups(run: &Run) -> Vec<String> {
    let one_core = |r: &BenchResult| {
        run.results
            .iter()
            .find(|o| o.routine == r.routine && o.size == r.size && o.variant == "one_core")
    };
    run.results
        .iter()
        .filter(|r| r.variant == "rayon")
        .filter_map(|r| {
            let single = one_core(r)?;
            let at = r.size.map_or(String::new(), |n| format!(" n={n}"));
            Some(format!(
                "{}{at}: rayon on {} cores is {}× as fast as one core",
                r.routine,
                run.machine.cores,
                three_digits(single.median_ns / r.median_ns)
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::report::plain;
    use crate::bench::{Machine, Mode};

    fn row(variant: &str, role: Role, median_ns: f64, ratio: Option<f64>) -> BenchResult {
        BenchResult {
            label: format!("{variant} label"),
            q1_ns: median_ns * 0.9,
            q3_ns: median_ns * 1.1,
            iterations: 3,
            flops: Some(1.6e7),
            gflops: Some(1.6e7 / median_ns),
            ratio,
            ..BenchResult::fixture("matmul", 200, variant, role, median_ns)
        }
    }

    #[test]
    fn the_rayon_speed_up_is_one_core_over_rayon() {
        let mut one = row("one_core", Role::Scratch, 3e6, None);
        let mut par = row("rayon", Role::Scratch, 1.5e6, None);
        one.routine = "clt_means".into();
        par.routine = "clt_means".into();
        one.size = Some(30);
        par.size = Some(30);
        let run = Run {
            schema: 1,
            mode: Mode::Quick,
            machine: Machine {
                cpu: "Test CPU".into(),
                cores: 4,
                os: "linux".into(),
                arch: "x86_64".into(),
            },
            results: vec![one.clone(), par],
            skipped: vec![],
        };
        assert_eq!(
            speedups(&run),
            ["clt_means n=30: rayon on 4 cores is 2.00× as fast as one core"]
        );
        let alone = Run {
            results: vec![one],
            ..run
        };
        assert!(
            speedups(&alone).is_empty(),
            "no rayon row, no speed-up line"
        );
    }

    #[test]
    fn rows_are_aligned_and_carry_rate_ratio_and_bar() {
        let run = Run {
            schema: 1,
            mode: Mode::Quick,
            machine: Machine {
                cpu: "Test CPU".into(),
                cores: 2,
                os: "linux".into(),
                arch: "x86_64".into(),
            },
            results: vec![
                row("textbook", Role::Textbook, 3.2e7, Some(32.0)),
                row("nalgebra", Role::Reference, 1e6, Some(1.0)),
            ],
            skipped: vec![],
        };
        let text = table(&run, None, &plain);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("routine"));
        assert_eq!(
            lines[1],
            "matmul                 200 textbook      32.0 ms  ±10% 0.50 GFLOP/s   32.0× █████████"
        );
        assert_eq!(
            lines[2],
            "matmul                 200 nalgebra      1.00 ms  ±10% 16.0 GFLOP/s   1.00× ████"
        );
        assert!(text.contains("matmul/textbook"));
        assert!(text.contains("[textbook] textbook label"));
        let h = header(&run, &Mode::Quick.plan(), &plain);
        assert!(
            h.contains("quick mode") && h.contains("Test CPU, 2 cores"),
            "{h}"
        );
    }

    #[test]
    fn item_rates_take_a_prefix() {
        let mut r = row("scratch", Role::Scratch, 1.0, None);
        r.gflops = None;
        r.items_per_s = Some(1.5e8);
        assert_eq!(rate(&r), "150 M/s");
        r.items_per_s = Some(950.0);
        assert_eq!(rate(&r), "950 /s");
    }
}
