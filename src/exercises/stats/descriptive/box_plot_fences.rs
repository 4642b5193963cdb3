//! `stats.box_plot_fences`: the box plot's interquartile range, its 1.5·IQR fences, and the
//! points beyond them, with numpy's default quartiles (stated in the prompt).
//!
//! Level 1: the IQR of 8–11 distinct integers. Level 2: the fences `(Q₁ − 1.5·IQR,
//! Q₃ + 1.5·IQR)` as an interval. Level 3: the outliers as a set, from data with one or two far
//! values; about 85% of the problems have at least one outlier, and the rest none (the empty set
//! `{}` is then the answer), so that guessing `{}` rarely passes.
//!
//! Named mistakes: the range for the IQR, the textbook quartiles, fences one IQR out (not 1.5),
//! fences around the median instead of the quartiles.

use super::quartile_steps::{Method, distinct_ints};
use super::summary::{median, sorted};
use super::text::{answer_value, shown};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, chain, scalars};
use crate::exercises::common::{data_list, decimal, decimal_factor};
use crate::expr::Value;
use crate::math::Scalar;

pub struct BoxPlotFences;

/// The fences at `k` interquartile ranges out from the centres `(lo, hi)`.
fn fences(lo: Scalar, hi: Scalar, iqr: Scalar, k: Scalar) -> (Scalar, Scalar) {
    (lo - k * iqr, hi + k * iqr)
}

/// The values outside `(lo, hi)`, as a set.
fn outside(xs: &[Scalar], (lo, hi): (Scalar, Scalar)) -> Value {
    Value::Set(
        xs.iter()
            .filter(|x| x.to_f64() < lo.to_f64() || x.to_f64() > hi.to_f64())
            .map(|&x| Value::Scalar(x))
            .collect(),
    )
}

/// The share of level-3 problems (in percent) drawn with no outlier, so that `{}` stays a real
/// answer but guessing it passes rarely.
const NO_OUTLIER_PERCENT: u64 = 15;

/// The 1.5·IQR fences of integer data, with numpy's quartiles.
fn int_fences(raw: &[i64]) -> (Scalar, Scalar) {
    let s = sorted(&scalars(raw));
    let (q1, q3) = Method::Numpy.quartiles(&s);
    fences(q1, q3, q3 - q1, Scalar::frac(3, 2))
}

/// Level 3's data: `n` distinct integers, most in 20..50 and one or two far values (1..15 or
/// 56..110). With `outliers`, when no value lies beyond the fences, the largest value (or the
/// smallest, if that stays positive) is moved beyond its fence: numpy's quartiles of n ≥ 8
/// values never use the smallest or the largest value, so the fences stay where they were.
/// Without, a draw with an outlier is redrawn.
fn level3_data(rng: &mut DrillRng, n: usize, outliers: bool) -> Result<Vec<i64>, GenError> {
    let far = rng.int(1, 2) as usize;
    let mut v = distinct_ints(rng, n - far, 20, 50)?;
    for _ in 0..far {
        let x = if rng.chance(1, 2) {
            rng.int(1, 15)
        } else {
            rng.int(56, 110)
        };
        if v.contains(&x) {
            return Err(GenError::Redraw("repeated far value"));
        }
        v.push(x);
    }
    let (lo, hi) = int_fences(&v);
    let beyond = |x: &i64| (*x as f64) < lo.to_f64() || (*x as f64) > hi.to_f64();
    match (outliers, v.iter().any(beyond)) {
        (true, false) => {
            let low = lo.to_f64().floor() as i64 - rng.int(1, 10);
            let (at, to) = if low >= 1 && rng.chance(1, 2) {
                (v.iter().enumerate().min_by_key(|(_, x)| **x), low)
            } else {
                let high = hi.to_f64().ceil() as i64 + rng.int(1, 25);
                (v.iter().enumerate().max_by_key(|(_, x)| **x), high)
            };
            let at = at.map(|(k, _)| k).ok_or(GenError::Redraw("no data"))?;
            v[at] = to;
            if int_fences(&v) != (lo, hi) || !v.iter().any(beyond) {
                return Err(GenError::Redraw("the fences moved"));
            }
            Ok(v)
        }
        (false, true) => Err(GenError::Redraw("an outlier where none is wanted")),
        _ => Ok(v),
    }
}

fn interval((lo, hi): (Scalar, Scalar)) -> Value {
    Value::Tuple(vec![
        Value::Scalar(answer_value(lo)),
        Value::Scalar(answer_value(hi)),
    ])
}

impl Exercise for BoxPlotFences {
    fn id(&self) -> &'static str {
        "stats.box_plot_fences"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        if !(1..=3).contains(&level) {
            return Err(GenError::Level(level));
        }
        let n = rng.int(8, 11) as usize;
        let mut raw = if level == 3 {
            let outliers = !rng.chance(NO_OUTLIER_PERCENT, 100);
            level3_data(rng, n, outliers)?
        } else {
            distinct_ints(rng, n, 10, 80)?
        };
        rng.shuffle(&mut raw);
        let xs = scalars(&raw);
        let s = sorted(&xs);
        let (q1, q3) = Method::Numpy.quartiles(&s);
        let iqr = q3 - q1;
        let k = Scalar::frac(3, 2);
        let fence = fences(q1, q3, iqr, k);
        let (tq1, tq3) = Method::Halves.quartiles(&s);
        let md = median(&s);
        let textbook = "The quartiles are the textbook ones (medians of the halves). The \
                        question asks for numpy's default: linear interpolation at position \
                        1 + (n − 1)·q.";
        let one_iqr = "Those fences are one IQR out. Box-plot fences are 1.5 IQR below Q₁ \
                       and 1.5 IQR above Q₃.";
        let around_median = "Those fences are measured from the median. They are measured \
                             from the quartiles: 1.5 IQR below Q₁ and 1.5 IQR above Q₃.";

        let (answer, mistakes, question) = match level {
            1 => {
                let answer = AnswerSpec::scalar(answer_value(iqr));
                let mut ms = Mistakes::new(&answer.expected);
                ms.require(
                    "range",
                    s[n - 1] - s[0],
                    "That is the range, max − min. The interquartile range is Q₃ − Q₁, the \
                     width of the box: the middle half of the data.",
                )?;
                ms.optional("textbook_halves", answer_value(tq3 - tq1), textbook);
                ms.optional(
                    "half_box",
                    answer_value(q3 - md),
                    "That is Q₃ − median, only the upper half of the box. The interquartile \
                     range is Q₃ − Q₁.",
                );
                (answer, ms, "Find the interquartile range Q₃ − Q₁ of the")
            }
            2 => {
                let answer =
                    AnswerSpec::with(interval(fence), Equivalence::Interval(Tolerance::default()));
                let mut ms = Mistakes::new(&answer.expected);
                ms.require(
                    "one_iqr",
                    interval(fences(q1, q3, iqr, Scalar::ONE)),
                    one_iqr,
                )?;
                ms.optional(
                    "around_median",
                    interval(fences(md, md, iqr, k)),
                    around_median,
                );
                ms.optional(
                    "textbook_halves",
                    interval(fences(tq1, tq3, tq3 - tq1, k)),
                    textbook,
                );
                (
                    answer,
                    ms,
                    "Give the box plot's fences Q₁ − 1.5·(Q₃ − Q₁) and Q₃ + 1.5·(Q₃ − Q₁), as \
                     an interval (lower, upper), for the",
                )
            }
            _ => {
                // Which values are outliers: how many there are is part of the answer.
                let answer = AnswerSpec::with(
                    outside(&s, fence),
                    Equivalence::UnorderedSet(Tolerance::default()),
                )
                .count_is_answer();
                let mut ms = Mistakes::new(&answer.expected);
                ms.optional(
                    "one_iqr",
                    outside(&s, fences(q1, q3, iqr, Scalar::ONE)),
                    one_iqr,
                );
                ms.optional(
                    "around_median",
                    outside(&s, fences(md, md, iqr, k)),
                    around_median,
                );
                ms.optional(
                    "textbook_halves",
                    outside(&s, fences(tq1, tq3, tq3 - tq1, k)),
                    textbook,
                );
                ms.optional(
                    "extremes_always_outliers",
                    Value::Set(vec![Value::Scalar(s[0]), Value::Scalar(s[n - 1])]),
                    "Not every smallest or largest value is an outlier: only values beyond \
                     the fences Q₁ − 1.5·(Q₃ − Q₁) and Q₃ + 1.5·(Q₃ − Q₁) are.",
                );
                (
                    answer,
                    ms,
                    "Which values lie beyond the box plot's fences Q₁ − 1.5·(Q₃ − Q₁) and \
                     Q₃ + 1.5·(Q₃ − Q₁)? Answer with the set of outliers ({} if there are \
                     none), for the",
                )
            }
        };

        let mut solution = vec![Line::text("Sorted: ").m(data_list(&s))];
        solution.extend(Method::Numpy.lines(&s));
        solution.push(Line::text("The interquartile range is ").m(chain(
            "Q₃ − Q₁",
            &[
                format!("{} − {}", decimal(q3), decimal_factor(q1)),
                shown(iqr),
            ],
        )));
        let step = decimal(k * iqr);
        if level >= 2 {
            solution.push(
                Line::text("The fences: ")
                    .m(chain(
                        "Q₁ − 1.5·(Q₃ − Q₁)",
                        &[format!("{} − {step}", decimal(q1)), shown(fence.0)],
                    ))
                    .t(" and ")
                    .m(chain(
                        "Q₃ + 1.5·(Q₃ − Q₁)",
                        &[format!("{} + {step}", decimal(q3)), shown(fence.1)],
                    )),
            );
        }
        if level == 2 {
            solution.push(Line::text("Answer: ").v(answer.expected.clone()));
        }
        if level == 3 {
            let verdict = match &answer.expected {
                Value::Set(v) if v.is_empty() => {
                    "Every value lies within the fences: there are no outliers, "
                }
                _ => "The values beyond the fences are the outliers: ",
            };
            solution.push(Line::text(verdict).v(answer.expected.clone()));
        }
        let prompt = vec![
            Line::text(format!("{question} {n} values")),
            Line::math(data_list(&xs)),
            Line::text(Method::Numpy.statement()),
        ];
        let mut hints = vec![Method::Numpy.last_hint(&s)];
        if level >= 2 {
            hints.push(format!(
                "Q₁ = {}, Q₃ = {}, so the IQR is {} and 1.5·IQR = {}.",
                decimal(q1),
                decimal(q3),
                decimal(iqr),
                step
            ));
        }
        if level == 3 {
            hints.push(format!(
                "The fences are {} and {}: which values lie outside?",
                decimal(fence.0),
                decimal(fence.1)
            ));
        }
        if level == 1 {
            hints.insert(
                0,
                "The interquartile range is the width of the box, Q₃ − Q₁.".to_string(),
            );
            hints.push(format!(
                "Q₁ = {} and Q₃ = {}: subtract.",
                decimal(q1),
                decimal(q3)
            ));
        }
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_answer_never_has_its_size_told() {
        // The size of the set is part of what is asked (how many outliers, how many modes), so
        // the engine must not say how many values are missing or extra.
        let mut sets = 0;
        for level in 1..=3 {
            for seed in 0..60 {
                let (d, _) = crate::exercises::common::testing::draw(&BoxPlotFences, level, seed);
                if matches!(d.answer.expected, Value::Set(_)) {
                    sets += 1;
                    assert!(d.answer.count_is_answer, "level {level} seed {seed}");
                }
            }
        }
        assert!(sets > 0);
    }
    use crate::exercises::common::testing::prompt_numbers;
    use crate::exercises::common::testing::soundness;

    #[test]
    fn fences_and_outliers_match_a_direct_computation() {
        let (mut empty, mut some) = (0, 0);
        soundness(&BoxPlotFences, &[1, 2, 3], |level, d, ctx| {
            let xs = prompt_numbers(d, 1);
            let mut s = xs.clone();
            s.sort_by(f64::total_cmp);
            let n = s.len();
            let q = |p: f64| {
                let h = (n - 1) as f64 * p;
                let lo = h.floor() as usize;
                s[lo] + (h - h.floor()) * (s[(lo + 1).min(n - 1)] - s[lo])
            };
            let iqr = q(0.75) - q(0.25);
            let (lo, hi) = (q(0.25) - 1.5 * iqr, q(0.75) + 1.5 * iqr);
            let close = |a: &Scalar, b: f64| (a.to_f64() - b).abs() < 1e-9;
            match &d.answer.expected {
                Value::Scalar(x) => assert!(level == 1 && close(x, iqr), "{ctx}"),
                Value::Tuple(t) => {
                    let t: Vec<Scalar> = t.iter().map(|v| v.as_scalar().unwrap()).collect();
                    assert!(level == 2 && close(&t[0], lo) && close(&t[1], hi), "{ctx}");
                }
                Value::Set(set) => {
                    let want: Vec<f64> = s.iter().cloned().filter(|&x| x < lo || x > hi).collect();
                    let mut got: Vec<f64> = set
                        .iter()
                        .map(|v| v.as_scalar().unwrap().to_f64())
                        .collect();
                    got.sort_by(f64::total_cmp);
                    assert_eq!(got, want, "{ctx}");
                    if want.is_empty() {
                        empty += 1;
                    } else {
                        some += 1;
                    }
                    let last = d.hints.last().unwrap();
                    assert!(last.starts_with("The fences are"), "{ctx}");
                }
                _ => panic!("{ctx}"),
            }
            assert!((8..=11).contains(&n), "{ctx}");
            assert!(d.mistakes.len() >= 2, "{ctx}");
        });
        // Most level-3 problems have an outlier; some have none, so `{}` stays a real answer
        // but guessing it passes rarely (it passed 59 of 100 before).
        let share = empty as f64 / (empty + some) as f64;
        assert!(
            (0.05..=0.25).contains(&share),
            "{empty} empty of {}",
            empty + some
        );
    }
}
