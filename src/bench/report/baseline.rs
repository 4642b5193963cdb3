//! The comparison with a saved run (`--baseline FILE`).
//!
//! A row is SLOWER when its median is more than [`NOISE`] above the baseline's AND its first
//! quartile is above the baseline's third quartile (the two spreads do not overlap); FASTER in
//! the mirror case; otherwise the SAME within the noise. A row the baseline lacks is NEW.

use crate::bench::{BenchResult, Run};

/// The relative change below which a difference is noise on a shared machine.
pub const NOISE: f64 = 0.10;

/// How a row compares with the baseline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// Slower by the relative amount (0.5: 50% slower).
    Slower(f64),
    /// Faster: the relative change, negative (−0.5: takes half the time).
    Faster(f64),
    /// Within the noise: the relative change.
    Same(f64),
    /// The baseline has no such row.
    New,
}

impl Change {
    /// `+200% slower`, `−67% faster`, `+3% same`, `not in baseline`.
    pub fn text(self) -> String {
        let pct = |x: f64| {
            let p = (x * 100.0).round();
            if p < 0.0 {
                format!("−{}%", -p)
            } else {
                format!("+{p}%")
            }
        };
        match self {
            Change::Slower(x) => format!("{} slower", pct(x)),
            Change::Faster(x) => format!("{} faster", pct(x)),
            Change::Same(x) => format!("{} same", pct(x)),
            Change::New => "not in baseline".to_string(),
        }
    }
}

/// How `row` compares with the same row of `baseline`.
pub fn compare(row: &BenchResult, baseline: &Run) -> Change {
    let Some(base) = baseline.results.iter().find(|b| b.same_row(row)) else {
        return Change::New;
    };
    if base.median_ns.is_nan() || base.median_ns <= 0.0 {
        return Change::New;
    }
    let change = row.median_ns / base.median_ns - 1.0;
    if change > NOISE && row.q1_ns > base.q3_ns {
        Change::Slower(change)
    } else if change < -NOISE && row.q3_ns < base.q1_ns {
        Change::Faster(change)
    } else {
        Change::Same(change)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::registry::Role;
    use crate::bench::{Machine, Mode};

    fn row(median: f64, q1: f64, q3: f64) -> BenchResult {
        BenchResult {
            q1_ns: q1,
            q3_ns: q3,
            ..BenchResult::fixture("det", 8, "scratch", Role::Scratch, median)
        }
    }

    fn run(rows: Vec<BenchResult>) -> Run {
        Run {
            schema: 1,
            mode: Mode::Quick,
            machine: Machine {
                cpu: "x".into(),
                cores: 1,
                os: "linux".into(),
                arch: "x86_64".into(),
            },
            results: rows,
            skipped: vec![],
        }
    }

    #[test]
    fn a_change_counts_beyond_the_noise_and_the_quartiles_only() {
        let base = run(vec![row(100.0, 95.0, 105.0)]);
        assert_eq!(
            compare(&row(300.0, 290.0, 310.0), &base),
            Change::Slower(2.0)
        );
        assert!(
            matches!(compare(&row(50.0, 45.0, 55.0), &base), Change::Faster(x) if (x + 0.5).abs() < 1e-12)
        );
        // 12% slower but the spreads overlap: noise.
        assert!(matches!(
            compare(&row(112.0, 100.0, 130.0), &base),
            Change::Same(_)
        ));
        // 5% slower, spreads apart: still below the noise threshold.
        assert!(matches!(
            compare(&row(105.0, 104.0, 106.0), &base),
            Change::Same(_)
        ));
        let mut other = row(100.0, 95.0, 105.0);
        other.size = Some(50);
        assert_eq!(compare(&other, &base), Change::New);
    }

    #[test]
    fn changes_read_as_words() {
        assert_eq!(Change::Slower(2.0).text(), "+200% slower");
        assert_eq!(Change::Faster(-2.0 / 3.0).text(), "−67% faster");
        assert_eq!(Change::Same(0.031).text(), "+3% same");
        assert_eq!(Change::New.text(), "not in baseline");
    }
}
