//! `stats.mean_median_mode`: one measure of centre of a data set shown unsorted.
//!
//! Level 1: the mean or the median of 5 or 7 integers (an integer mean, built from deviations
//! that sum to zero). Level 2: the median of 6 or 8 integers (the mean of the two middle values),
//! or the modes of 7–9 integers where two values tie (answered as a set). Level 3: a value far
//! out is added to 7 integers: the new mean and the new median, `[mean, median]` — the mean is
//! pulled towards the outlier, the median moves half a step.
//!
//! Named mistakes: the middle of the list as given (not sorted), one middle value instead of the
//! mean of the two, the median for the mean and back, dividing by n − 1, one mode of two, the
//! count of a mode instead of its value, the old median or the old count after the outlier.

use super::data::zero_sum;
use super::median_steps::{median_hint, median_lines};
use super::summary::{mean, median, sorted, total};
use super::text::{answer_value, shown, sum};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, chain, draw_ints, math_line, scalars};
use crate::exercises::common::{data_list, decimal};
use crate::expr::Value;
use crate::math::Scalar;

pub struct MeanMedianMode;

const UNSORTED: &str = "That is the middle of the list as it is written. Sort the values first: \
     the median is the middle of the sorted data.";

/// The middle of the list as given: the middle entry, or the mean of the two middle entries.
fn unsorted_middle(xs: &[Scalar]) -> Scalar {
    median(xs)
}

impl MeanMedianMode {
    fn mean_or_median(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let n = *rng.pick(&[5usize, 7]);
        let center = rng.int(10, 30);
        let d = zero_sum(rng, n, 9)?;
        let xs: Vec<Scalar> = d.iter().map(|&x| Scalar::int(center + x)).collect();
        let (m, md) = (mean(&xs), median(&sorted(&xs)));
        let ask_mean = rng.chance(1, 2);
        let what = if ask_mean { "mean" } else { "median" };
        let answer = AnswerSpec::scalar(if ask_mean { m } else { md });
        let mut mistakes = Mistakes::new(&answer.expected);
        let (solution, hints) = if ask_mean {
            mistakes.require(
                "median_not_mean",
                md,
                "That is the median, the middle of the sorted data. The mean adds all the \
                 values and divides by how many there are.",
            )?;
            mistakes.require(
                "divided_by_n_minus_1",
                total(&xs)
                    .checked_div(Scalar::int(n as i64 - 1))
                    .unwrap_or(Scalar::ZERO),
                "You divided by n − 1. The mean divides the sum by n, the number of values \
                 (n − 1 belongs to the sample variance).",
            )?;
            let sum_text = sum(&xs);
            (
                vec![
                    Line::text("Add the values and divide by n = ")
                        .m(format!("{n}: "))
                        .m(chain(
                            &format!("({sum_text})/{n}"),
                            &[format!("{}/{n}", decimal(total(&xs))), shown(m)],
                        )),
                ],
                vec![
                    "Add all the values, then divide by how many there are.".to_string(),
                    format!(
                        "The values add up to {}: divide by {n}.",
                        decimal(total(&xs))
                    ),
                ],
            )
        } else {
            mistakes.require("unsorted_middle", unsorted_middle(&xs), UNSORTED)?;
            mistakes.require(
                "mean_not_median",
                m,
                "That is the mean. The median is the middle value of the sorted data.",
            )?;
            (
                median_lines(&xs),
                vec!["Sort the values first.".to_string(), median_hint(&xs)],
            )
        };
        Ok(Draft {
            prompt: vec![
                Line::text(format!("Find the {what} of the {n} values")),
                Line::math(data_list(&xs)),
            ],
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }

    fn even_median(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let n = *rng.pick(&[6usize, 8]);
        let xs = draw_ints(rng, n, 1, 40);
        let s = sorted(&xs);
        let md = median(&s);
        let answer = AnswerSpec::scalar(answer_value(md));
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "one_middle_value",
            s[n / 2 - 1],
            "That is one of the two middle values. With an even number of values, the median \
             is the mean of the two middle ones.",
        )?;
        mistakes.require(
            "unsorted_middle",
            answer_value(unsorted_middle(&xs)),
            UNSORTED,
        )?;
        mistakes.optional(
            "mean_not_median",
            answer_value(mean(&xs)),
            "That is the mean. The median is the middle of the sorted data.",
        );
        Ok(Draft {
            prompt: vec![
                Line::text(format!("Find the median of the {n} values")),
                Line::math(data_list(&xs)),
            ],
            answer,
            solution: median_lines(&xs),
            hints: vec![
                format!("Sort the values; with n = {n} there are two middle values."),
                format!(
                    "The two middle values of the sorted data are {} and {}: take their mean.",
                    decimal(s[n / 2 - 1]),
                    decimal(s[n / 2])
                ),
            ],
            mistakes: mistakes.finish()?,
        })
    }

    fn modes(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let count = rng.int(2, 3) as usize;
        let singles = rng.int(3, 4) as usize;
        let mut pool: Vec<i64> = (1..=30).collect();
        rng.shuffle(&mut pool);
        let (a, b) = (pool[0].min(pool[1]), pool[0].max(pool[1]));
        let mut xs: Vec<i64> = vec![a; count];
        xs.extend(vec![b; count]);
        xs.extend(&pool[2..2 + singles]);
        rng.shuffle(&mut xs);
        let xs = scalars(&xs);
        let set =
            |v: &[i64]| Value::Set(v.iter().map(|&x| Value::Scalar(Scalar::int(x))).collect());
        // "The mode (or modes)": how many modes there are is part of the answer.
        let answer = AnswerSpec::with(
            set(&[a, b]),
            Equivalence::UnorderedSet(Tolerance::default()),
        )
        .count_is_answer();
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "one_mode_only",
            set(&[a]),
            "That is one mode, but another value occurs just as often. When values tie for \
             the most occurrences, each of them is a mode.",
        )?;
        mistakes.require(
            "count_not_value",
            set(&[count as i64]),
            "That is how many times the most frequent values occur. The mode is the value \
             itself, not its count.",
        )?;
        let n = xs.len();
        let solution = vec![
            Line::text("Sorted: ").m(data_list(&sorted(&xs))),
            Line::text(format!(
                "Two values occur {count} times and every other value once: both are modes, "
            ))
            .v(answer.expected.clone()),
        ];
        Ok(Draft {
            prompt: vec![
                Line::text(format!(
                    "Find the mode (or modes) of the {n} values, as a set such as {{3}} or \
                     {{3, 8}}"
                )),
                Line::math(data_list(&xs)),
            ],
            answer,
            solution,
            hints: vec![
                "Sort the values and count how often each one occurs.".to_string(),
                format!(
                    "The highest count is {count}: which values occur {count} times? Give all \
                     of them."
                ),
            ],
            mistakes: mistakes.finish()?,
        })
    }

    fn outlier(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let n = 7;
        let center = rng.int(10, 30);
        let d = zero_sum(rng, n, 8)?;
        let xs: Vec<Scalar> = d.iter().map(|&x| Scalar::int(center + x)).collect();
        let top = center + d.iter().max().copied().unwrap_or(0);
        let outlier = Scalar::int(top * rng.int(3, 6) + rng.int(1, 9));
        let mut all = xs.clone();
        all.push(outlier);
        let (old_mean, old_median) = (mean(&xs), median(&sorted(&xs)));
        let (new_mean, new_median) = (mean(&all), median(&sorted(&all)));
        let pair = |m: Scalar, md: Scalar| Value::Vector(vec![answer_value(m), answer_value(md)]);
        let answer = AnswerSpec::entrywise(pair(new_mean, new_median));
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "median_unchanged",
            pair(new_mean, old_median),
            "The median does move: there are 8 values now, so it is the mean of the two \
             middle ones. It moves only a little, which is the point: the median resists an \
             outlier.",
        )?;
        mistakes.require(
            "old_count",
            pair(
                (total(&xs) + outlier)
                    .checked_div(Scalar::int(n as i64))
                    .unwrap_or(Scalar::ZERO),
                new_median,
            ),
            "The mean divides by the new count: there are 8 values once the outlier is added.",
        )?;
        let s = sorted(&all);
        let solution = vec![
            Line::text("The new sum is ").m(chain(
                &format!("{} + {}", decimal(total(&xs)), decimal(outlier)),
                &[decimal(total(&all))],
            )),
            Line::text("so the new mean is ").m(chain(
                &format!("{}/8", decimal(total(&all))),
                &[shown(new_mean)],
            )),
            Line::text("Sorted: ").m(data_list(&s)),
            Line::text("The median of 8 values is the mean of the 4th and 5th: ").m(chain(
                &format!("({} + {})/2", decimal(s[3]), decimal(s[4])),
                &[shown(new_median)],
            )),
            Line::text(format!(
                "The outlier pulled the mean up by {} (from {}); the median moved only from {}.",
                decimal(answer_value(new_mean - old_mean)),
                decimal(old_mean),
                decimal(old_median)
            )),
            Line::text("Answer: ").v(answer.expected.clone()),
        ];
        Ok(Draft {
            prompt: vec![
                Line::text(format!(
                    "These {n} values have mean {} and median {}:",
                    decimal(old_mean),
                    decimal(old_median)
                )),
                math_line(&data_list(&xs)),
                Line::text(format!(
                    "The value {} (an outlier) is added. Give the new mean and the new \
                     median, as a vector [mean, median].",
                    decimal(outlier)
                )),
            ],
            answer,
            solution,
            hints: vec![
                "The new mean divides the new sum by the new count, 8.".to_string(),
                format!(
                    "The new sum is {}; sorted, the 8 values are {}: the median is the mean \
                     of the 4th and 5th.",
                    decimal(total(&all)),
                    data_list(&s)
                ),
            ],
            mistakes: mistakes.finish()?,
        })
    }
}

impl Exercise for MeanMedianMode {
    fn id(&self) -> &'static str {
        "stats.mean_median_mode"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match level {
            1 => self.mean_or_median(rng),
            2 if rng.chance(1, 2) => self.even_median(rng),
            2 => self.modes(rng),
            3 => self.outlier(rng),
            l => Err(GenError::Level(l)),
        }
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
                let (d, _) = crate::exercises::common::testing::draw(&MeanMedianMode, level, seed);
                if matches!(d.answer.expected, Value::Set(_)) {
                    sets += 1;
                    assert!(d.answer.count_is_answer, "level {level} seed {seed}");
                }
            }
        }
        assert!(sets > 0);
    }
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{parse_list, prompt_line, prompt_numbers};

    /// The median by a different path: a sorted f64 copy and its middle.
    fn median_f64(xs: &[f64]) -> f64 {
        let mut s = xs.to_vec();
        s.sort_by(f64::total_cmp);
        let n = s.len();
        if n % 2 == 1 {
            s[n / 2]
        } else {
            (s[n / 2 - 1] + s[n / 2]) / 2.0
        }
    }

    #[test]
    fn centres_match_a_direct_computation() {
        use statrs::statistics::Statistics;
        let (mut means, mut medians, mut modes) = (0, 0, 0);
        soundness(&MeanMedianMode, &[1, 2, 3], |level, d, ctx| {
            let names: Vec<_> = d.mistakes.iter().map(|m| m.name).collect();
            let head = prompt_line(d, 0);
            match (level, &d.answer.expected) {
                (3, Value::Vector(v)) => {
                    let mut xs = prompt_numbers(d, 1);
                    let added: f64 = prompt_line(d, 2)
                        .split_whitespace()
                        .nth(2)
                        .unwrap()
                        .parse()
                        .unwrap();
                    assert!(
                        added > 3.0 * xs.iter().cloned().fold(0.0, f64::max),
                        "{ctx}"
                    );
                    xs.push(added);
                    assert!((v[0].to_f64() - xs.clone().mean()).abs() < 1e-9, "{ctx}");
                    assert!((v[1].to_f64() - median_f64(&xs)).abs() < 1e-9, "{ctx}");
                    assert!(names.contains(&"median_unchanged"), "{ctx}");
                }
                (_, Value::Set(set)) => {
                    let xs = prompt_numbers(d, 1);
                    let count = |v: f64| xs.iter().filter(|&&x| x == v).count();
                    let top = xs.iter().map(|&x| count(x)).max().unwrap();
                    let mut want: Vec<f64> =
                        xs.iter().cloned().filter(|&x| count(x) == top).collect();
                    want.sort_by(f64::total_cmp);
                    want.dedup();
                    let got: Vec<f64> = set
                        .iter()
                        .map(|v| v.as_scalar().unwrap().to_f64())
                        .collect();
                    assert_eq!(got, want, "{ctx}");
                    assert!(names.contains(&"one_mode_only"), "{ctx}");
                    modes += 1;
                }
                (_, Value::Scalar(x)) => {
                    let xs = prompt_numbers(d, 1);
                    let want = if head.contains("mean") {
                        means += 1;
                        assert!(
                            x.as_integer().is_some(),
                            "{ctx}: a level-1 mean is an integer"
                        );
                        xs.clone().mean()
                    } else {
                        medians += 1;
                        assert!(names.contains(&"unsorted_middle"), "{ctx}");
                        median_f64(&xs)
                    };
                    assert!((x.to_f64() - want).abs() < 1e-9, "{ctx}");
                    assert_eq!(xs.len() % 2, usize::from(level == 1), "{ctx}");
                }
                _ => panic!("{ctx}: unexpected answer"),
            }
            assert!(!parse_list("1, −2").is_empty());
        });
        assert!(
            means > 100 && medians > 300 && modes > 100,
            "{means} {medians} {modes}"
        );
    }
}
