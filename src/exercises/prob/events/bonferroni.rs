//! `prob.bonferroni`: the Bonferroni correction for m tests at family-wise level `L`: a test is
//! significant when `p ≤ L/m`. Level 1: the threshold `L/m`. Level 2: which of 5–8 p-values
//! survive (a set of test numbers). Level 3: Holm's step-down: sort the p-values and compare the
//! i-th smallest with `L/(m − i + 1)`, stopping at the first that fails.
//!
//! p-values have 4 decimals and are never equal to a threshold. At level 2 at least one
//! survives, at least one lies between `L/m` and `L` (so the uncorrected answer differs) and one
//! between `L` and `m·L`. At level 3 Holm rejects 2 or 3 tests, at least one more than plain
//! Bonferroni, and half the time a later p-value passes its own threshold after the stop (the
//! trap of not stopping).
//!
//! Named mistakes: multiplying the level by m, the level unadjusted; at level 3 plain Bonferroni
//! and not stopping at the first failure.

use super::writing::{answer_value, p, result_line};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, math_line, sub};
use crate::expr::Value;
use crate::math::Scalar;

pub struct Bonferroni;

#[derive(Clone, Debug)]
pub struct Params {
    /// The family-wise level.
    pub level: Scalar,
    pub m: i64,
    /// The p-values in units of 1e-4, in the order shown (levels 2–3).
    pub pvalues: Vec<i64>,
}

/// The largest whole number of 1e-4 units strictly below `x`.
fn units_below(x: Scalar) -> i64 {
    let u = x.to_f64() * 1e4;
    if u.fract() == 0.0 {
        u as i64 - 1
    } else {
        u.floor() as i64
    }
}
/// The smallest whole number of 1e-4 units strictly above `x`.
fn units_above(x: Scalar) -> i64 {
    (x.to_f64() * 1e4).floor() as i64 + 1
}

/// `α/(m − i)` as the i-th (0-based) Holm threshold.
fn holm_threshold(level: Scalar, m: i64, i: usize) -> Scalar {
    level * Scalar::frac(1, m - i as i64)
}

pub fn draw(lvl: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let q = draw_values(lvl, rng)?;
    // No p-value on any threshold L/k (k ≤ m), so "at most" and "below" agree.
    let level_units = (q.level.to_f64() * 1e4).round() as i64;
    if q.pvalues
        .iter()
        .any(|&u| (1..=q.m).any(|k| u * k == level_units))
    {
        return Err(GenError::Redraw("a p-value on a threshold"));
    }
    Ok(q)
}

fn draw_values(lvl: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let range = |rng: &mut DrillRng, lo: i64, hi: i64| {
        if lo > hi {
            Err(GenError::Redraw("empty p-value range"))
        } else {
            Ok(rng.int(lo, hi))
        }
    };
    match lvl {
        1 => Ok(Params {
            level: Scalar::frac(*rng.pick(&[1, 5, 10]), 100),
            m: *rng.pick(&[4, 5, 8, 10, 20, 25, 50]),
            pvalues: Vec::new(),
        }),
        2 => {
            let level = Scalar::frac(*rng.pick(&[5, 10]), 100);
            let m = rng.int(5, 8);
            let th = level * Scalar::frac(1, m);
            let mut ps = Vec::new();
            for _ in 0..rng.int(1, 2) {
                ps.push(range(rng, 1, units_below(th))?);
            }
            for _ in 0..rng.int(1, 2) {
                ps.push(range(rng, units_above(th), units_below(level))?);
            }
            let times_m = (level * Scalar::int(m)).to_f64().min(1.0);
            ps.push(range(
                rng,
                units_above(level),
                units_below(Scalar::Real(times_m)),
            )?);
            while (ps.len() as i64) < m {
                ps.push(range(rng, units_above(level), 9800)?);
            }
            rng.shuffle(&mut ps);
            Ok(Params {
                level,
                m,
                pvalues: ps,
            })
        }
        3 => {
            let level = Scalar::frac(5, 100);
            let m = rng.int(5, 7);
            let th = |i| holm_threshold(level, m, i);
            let rejected = rng.int(2, 3) as usize;
            let mut ps = vec![range(rng, 1, units_below(th(0)))?];
            ps.push(range(rng, units_above(th(0)), units_below(th(1)))?);
            if rejected == 3 {
                let last = ps[1];
                ps.push(range(rng, last + 1, units_below(th(2)))?);
            }
            if rng.chance(1, 2) {
                // The first failure, then a p-value below its own threshold: the trap of not
                // stopping.
                let below_next = units_below(th(rejected + 1));
                let stop = range(rng, units_above(th(rejected)), below_next - 1)?;
                ps.push(stop);
                ps.push(range(rng, stop + 1, below_next)?);
            } else {
                ps.push(range(rng, units_above(th(rejected)), units_below(level))?);
            }
            while (ps.len() as i64) < m {
                let last = *ps.last().unwrap_or(&0);
                ps.push(range(rng, last + 1, 9800)?);
            }
            rng.shuffle(&mut ps);
            Ok(Params {
                level,
                m,
                pvalues: ps,
            })
        }
        l => Err(GenError::Level(l)),
    }
}

/// A set of 1-based test numbers, in increasing order.
fn test_set(mut tests: Vec<usize>) -> Value {
    tests.sort_unstable();
    Value::Set(
        tests
            .into_iter()
            .map(|t| Value::Scalar(Scalar::int(t as i64 + 1)))
            .collect(),
    )
}

/// The tests whose p-value is at most `threshold`.
fn at_most(ps: &[Scalar], threshold: Scalar) -> Vec<usize> {
    (0..ps.len())
        .filter(|&i| ps[i].to_f64() <= threshold.to_f64())
        .collect()
}

/// Holm's step-down: the test numbers rejected, and the order of the tests by p-value.
pub fn holm(ps: &[Scalar], level: Scalar) -> (Vec<usize>, Vec<usize>) {
    let m = ps.len() as i64;
    let mut order: Vec<usize> = (0..ps.len()).collect();
    order.sort_by(|&a, &b| ps[a].to_f64().total_cmp(&ps[b].to_f64()));
    let passed = order
        .iter()
        .enumerate()
        .take_while(|&(i, &t)| ps[t].to_f64() <= holm_threshold(level, m, i).to_f64())
        .count();
    (order[..passed].to_vec(), order)
}

fn name(t: usize) -> String {
    format!("p{}", sub(t + 1))
}

pub fn build(lvl: u8, q: &Params) -> Result<Draft, GenError> {
    let (l, m) = (q.level, q.m);
    let lt = p(l);
    let threshold = l * Scalar::frac(1, m);
    if lvl == 1 {
        return threshold_draft(q, threshold);
    }
    let ps: Vec<Scalar> = q.pvalues.iter().map(|&u| Scalar::frac(u, 10_000)).collect();
    let bonf = at_most(&ps, threshold);
    let (expected, holm_order) = if lvl == 3 {
        let (rejected, order) = holm(&ps, l);
        (rejected, Some(order))
    } else {
        (bonf.clone(), None)
    };
    // How many tests are significant is part of the answer: feedback must not tell it.
    let answer = AnswerSpec::with(
        test_set(expected.clone()),
        Equivalence::UnorderedSet(Tolerance::default()),
    )
    .count_is_answer();
    let mut mistakes = Mistakes::new(&answer.expected);
    if lvl == 3 {
        mistakes.require(
            "plain_bonferroni",
            test_set(bonf.clone()),
            format!(
                "Those are the tests significant under plain Bonferroni, every p-value against \
                 {lt}/{m}. Holm compares only the smallest with {lt}/{m}, the next with \
                 {lt}/{}, and so on, until the first one fails.",
                m - 1
            ),
        )?;
    }
    mistakes.require(
        "unadjusted",
        test_set(at_most(&ps, l)),
        format!(
            "Those are the tests with p ≤ {lt}, uncorrected: with {m} tests the chance of at \
             least one false positive is well above {lt}. Divide the level by the number of \
             tests."
        ),
    )?;
    mistakes.optional(
        "multiplied",
        test_set(at_most(&ps, l * Scalar::int(m))),
        format!(
            "That compares the p-values with {lt}·{m}: Bonferroni divides the level by the \
             number of tests, it does not multiply."
        ),
    );
    if let Some(order) = &holm_order {
        let own: Vec<usize> = order
            .iter()
            .enumerate()
            .filter(|&(i, &t)| ps[t].to_f64() <= holm_threshold(l, m, i).to_f64())
            .map(|(_, &t)| t)
            .collect();
        mistakes.optional(
            "no_stop",
            test_set(own),
            "Holm stops at the first p-value above its threshold: every larger p-value stays \
             not significant, even one below its own threshold.",
        );
    }

    let list: Vec<String> = ps
        .iter()
        .enumerate()
        .map(|(i, &x)| format!("{} = {}", name(i), p(x)))
        .collect();
    let method = if lvl == 2 {
        "the Bonferroni correction (significant when the p-value is at most the level divided by \
         the number of tests)"
    } else {
        "Holm's step-down method (sort the p-values; the i-th smallest must be at most the level \
         divided by m − i + 1; stop at the first that is not)"
    };
    let prompt = vec![
        Line::text(format!("A study runs {m} tests, with p-values")),
        math_line(&list.join(", ")),
        Line::text(format!(
            "Keeping the family-wise error rate at {lt} with {method}, which tests are \
             significant?"
        )),
        Line::text(
            "Answer with the set of the significant tests' numbers in braces ({} if none is).",
        ),
    ];
    let mut solution = Vec::new();
    let mut hints = Vec::new();
    match &holm_order {
        None => {
            solution.push(result_line("threshold", &[format!("{lt}/{m}")], threshold));
            for (i, &x) in ps.iter().enumerate() {
                let passes = x.to_f64() <= threshold.to_f64();
                solution.push(
                    Line::math(format!(
                        "{} = {} {} {lt}/{m}",
                        name(i),
                        p(x),
                        if passes { "≤" } else { ">" }
                    ))
                    .t(if passes {
                        ": significant"
                    } else {
                        ": not significant"
                    }),
                );
            }
            hints.push(format!(
                "Bonferroni divides the level by the number of tests: compare each p-value with \
                 {lt}/{m}."
            ));
            hints.push(format!(
                "The threshold is {lt}/{m} = {}: which p-values are at most that?",
                p_or_approx(threshold)
            ));
        }
        Some(order) => {
            solution.push(Line::text(
                "Sort the p-values and compare each with its step's threshold:",
            ));
            let mut stopped = false;
            for (i, &t) in order.iter().enumerate() {
                let th_text = format!("{lt}/{}", m - i as i64);
                let passes = ps[t].to_f64() <= holm_threshold(l, m, i).to_f64();
                if stopped {
                    solution.push(
                        Line::math(format!("{} = {}", name(t), p(ps[t])))
                            .t(": after the stop, not significant"),
                    );
                    continue;
                }
                solution.push(
                    Line::math(format!(
                        "{} = {} {} {th_text}",
                        name(t),
                        p(ps[t]),
                        if passes { "≤" } else { ">" }
                    ))
                    .t(if passes {
                        ": significant"
                    } else {
                        ": not significant; stop here"
                    }),
                );
                stopped = !passes;
            }
            let sorted: Vec<String> = order.iter().map(|&t| p(ps[t])).collect();
            let ths: Vec<String> = (0..order.len().min(4))
                .map(|i| format!("{lt}/{}", m - i as i64))
                .collect();
            hints.push(format!(
                "Holm: sort the p-values, compare the smallest with {lt}/{m}, the next with \
                 {lt}/{}, and so on; stop at the first that fails.",
                m - 1
            ));
            hints.push(format!(
                "Sorted, the p-values are {}; their thresholds are {}, …: where is the first \
                 failure?",
                sorted.join(", "),
                ths.join(", ")
            ));
        }
    }
    solution.push(Line::text("Significant tests: ").v(answer.expected.clone()));
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// A threshold as a decimal, or a fraction with its value: `1/120 ≈ 0.008333`.
fn p_or_approx(x: Scalar) -> String {
    let s = p(x);
    if s.contains('/') {
        format!("{s} ≈ {}", crate::math::format_real(x.to_f64(), 4))
    } else {
        s
    }
}

/// Level 1: the threshold itself.
fn threshold_draft(q: &Params, threshold: Scalar) -> Result<Draft, GenError> {
    let (l, m) = (q.level, q.m);
    let lt = p(l);
    let answer = AnswerSpec::scalar(answer_value(threshold));
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "multiplied",
        l * Scalar::int(m),
        "Bonferroni makes each test stricter, not looser: divide the level by the number of \
         tests instead of multiplying.",
    )?;
    mistakes.require(
        "unadjusted",
        l,
        format!(
            "That is the level itself, with no correction: with {m} tests at that level, the \
             chance of at least one false positive is far higher. Divide by the number of tests."
        ),
    )?;
    let prompt = vec![
        Line::text(format!(
            "A study runs {m} hypothesis tests and wants the chance of any false positive (the \
             family-wise error rate) to be at most {lt}."
        )),
        Line::text(
            "With the Bonferroni correction, a test is significant when its p-value is at most \
             what threshold? Give an exact decimal or 4 significant figures.",
        ),
    ];
    let solution = vec![
        Line::text("Bonferroni divides the family-wise level by the number of tests:"),
        result_line("threshold", &[format!("{lt}/{m}")], threshold),
    ];
    let hints = vec![
        format!("Bonferroni splits the family-wise level {lt} evenly over the {m} tests."),
        format!("Divide {lt} by {m}."),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for Bonferroni {
    fn id(&self) -> &'static str {
        "prob.bonferroni"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, assert_close, soundness_with};

    /// The expected set as sorted 1-based test numbers.
    fn numbers(v: &Value) -> Vec<i64> {
        let Value::Set(items) = v else {
            panic!("not a set: {v:?}")
        };
        items
            .iter()
            .map(|x| x.as_scalar().and_then(|s| s.as_integer()).unwrap())
            .collect()
    }

    #[test]
    fn thresholds_and_surviving_tests_match_a_direct_count() {
        let mut seen = Seen::default();
        let mut traps = 0;
        soundness_with(&Bonferroni, &[1, 2, 3], draw, build, |level, q, d, ctx| {
            let alpha = q.level.to_f64();
            let m = q.m as usize;
            if level == 1 {
                assert_close(answer_f64(d), alpha / m as f64, ctx);
                seen.note(d);
                return;
            }
            let ps: Vec<f64> = q.pvalues.iter().map(|&u| u as f64 * 1e-4).collect();
            assert_eq!(ps.len(), m, "{ctx}");
            assert!(ps.iter().all(|&x| x > 0.0 && x < 1.0), "{ctx}");
            // No p-value sits on a threshold (within rounding).
            for k in 1..=m {
                let th = alpha / k as f64;
                assert!(ps.iter().all(|&x| (x - th).abs() > 1e-9), "{ctx}");
            }
            let got = numbers(&d.answer.expected);
            // Independent: Holm via the adjusted p-values max_{j≤i} (m − j + 1)·p₍ⱼ₎ ≤ α;
            // Bonferroni via m·p ≤ α.
            let want: Vec<i64> = if level == 2 {
                (0..m)
                    .filter(|&i| ps[i] * m as f64 <= alpha)
                    .map(|i| i as i64 + 1)
                    .collect()
            } else {
                let mut order: Vec<usize> = (0..m).collect();
                order.sort_by(|&a, &b| ps[a].total_cmp(&ps[b]));
                let mut running = 0.0f64;
                let mut out: Vec<i64> = Vec::new();
                for (i, &t) in order.iter().enumerate() {
                    running = running.max((m - i) as f64 * ps[t]);
                    if running <= alpha {
                        out.push(t as i64 + 1);
                    }
                }
                out.sort_unstable();
                out
            };
            assert_eq!(got, want, "{ctx}");
            assert!(!got.is_empty(), "{ctx}");
            if level == 3 {
                let bonf = ps.iter().filter(|&&x| x * m as f64 <= alpha).count();
                assert!(got.len() > bonf, "{ctx}: Holm adds nothing");
                assert!((2..=3).contains(&got.len()), "{ctx}");
                traps += usize::from(d.mistakes.iter().any(|m| m.name == "no_stop"));
            }
            seen.note(d);
        });
        assert!(traps > 100, "{traps}");
        seen.assert_all(&["multiplied", "unadjusted", "plain_bonferroni", "no_stop"]);
    }

    #[test]
    fn feedback_on_a_wrong_set_of_tests_never_tells_how_many_are_significant() {
        let text = |tests: &[i64]| {
            let items: Vec<String> = tests.iter().map(i64::to_string).collect();
            format!("{{{}}}", items.join(", "))
        };
        let mut generic = 0;
        for level in [2, 3] {
            for seed in 0..150 {
                let p = crate::registry()
                    .generate("prob.bonferroni", level, seed)
                    .unwrap();
                assert!(p.answer.count_is_answer, "level {level} seed {seed}");
                let want = numbers(&p.answer.expected);
                let m = (1..).find(|t| !want.contains(t)).unwrap();
                let more = [want.as_slice(), &[m]].concat();
                for typed in [&want[1..], &more[..]] {
                    if typed.is_empty() {
                        continue;
                    }
                    let v = crate::engine::check(&p, &text(typed)).unwrap();
                    let ctx = format!("level {level} seed {seed} {}", text(typed));
                    assert!(!v.correct, "{ctx}");
                    let count = format!("{} value", want.len());
                    assert!(!v.feedback.contains(&count), "{ctx}: {}", v.feedback);
                    assert!(
                        !v.feedback.contains("the answer has"),
                        "{ctx}: {}",
                        v.feedback
                    );
                    if v.mistake.is_none() {
                        assert_eq!(v.score, 0.0, "{ctx}: partial credit tells the count");
                        generic += 1;
                    }
                }
            }
        }
        assert!(generic > 100, "{generic}");
    }
}
