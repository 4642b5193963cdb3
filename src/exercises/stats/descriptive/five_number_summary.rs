//! `stats.five_number_summary`: `[min, Q₁, median, Q₃, max]` of a data set shown unsorted, with
//! numpy's default quartiles (stated in the prompt).
//!
//! Level 1: 5 or 9 distinct integers (whole quartile positions). Level 2: 6, 8 or 10 integers
//! (interpolated quartiles). Level 3: 11 or 12 values with one decimal. Named mistakes: the
//! textbook quartiles (when they differ), the summary read off the unsorted list, the mean in
//! place of the median.

use super::quartile_steps::{Method, distinct_ints};
use super::summary::{mean, median, sorted};
use super::text::{answer_value, shown};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::Mistakes;
use crate::exercises::common::data_list;
use crate::expr::Value;
use crate::math::Scalar;

pub struct FiveNumberSummary;

/// `[min, Q₁, median, Q₃, max]` of data taken in the order given (sorted, for the answer).
fn summary(xs: &[Scalar], method: Method, centre: Scalar) -> Value {
    let (q1, q3) = method.quartiles(xs);
    let ends = (xs[0], xs[xs.len() - 1]);
    Value::Vector(
        [ends.0, q1, centre, q3, ends.1]
            .into_iter()
            .map(answer_value)
            .collect(),
    )
}

impl Exercise for FiveNumberSummary {
    fn id(&self) -> &'static str {
        "stats.five_number_summary"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (n, scale) = match level {
            1 => (*rng.pick(&[5usize, 9]), 1),
            2 => (*rng.pick(&[6usize, 8, 10]), 1),
            3 => (*rng.pick(&[11usize, 12]), 10),
            l => return Err(GenError::Level(l)),
        };
        let hi = if scale == 1 { 60 } else { 400 };
        let xs: Vec<Scalar> = distinct_ints(rng, n, 1, hi)?
            .into_iter()
            .map(|x| Scalar::frac(x, scale))
            .collect();
        let s = sorted(&xs);
        let m = median(&s);
        let answer = AnswerSpec::entrywise(summary(&s, Method::Numpy, m));

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.optional(
            "textbook_halves",
            summary(&s, Method::Halves, m),
            "The quartiles are the textbook ones (medians of the halves). The question asks \
             for numpy's default: linear interpolation at position 1 + (n − 1)·q.",
        );
        mistakes.require(
            "unsorted",
            summary(&xs, Method::Numpy, median(&xs)),
            "Those numbers are read off the list as it is written. Sort the values first: the \
             summary is the smallest value, the quartiles, the median and the largest value \
             of the sorted data.",
        )?;
        mistakes.optional(
            "mean_not_median",
            summary(&s, Method::Numpy, mean(&s)),
            "The middle number is the median, not the mean.",
        );

        let mut solution = vec![Line::text("Sorted: ").m(data_list(&s))];
        solution.push(
            Line::text("The ends are ")
                .m(format!("min = {}", shown(s[0])))
                .t(" and ")
                .m(format!("max = {}", shown(s[n - 1])))
                .t(format!(
                    "; the median is {}, ",
                    if n % 2 == 1 {
                        "the middle value"
                    } else {
                        "the mean of the two middle values"
                    }
                ))
                .m(shown(m))
                .t("."),
        );
        solution.extend(Method::Numpy.lines(&s));
        solution.push(Line::text("Answer: ").v(answer.expected.clone()));
        let prompt = vec![
            Line::text(format!(
                "Give the five-number summary [min, Q₁, median, Q₃, max] of the {n} values"
            )),
            Line::math(data_list(&xs)),
            Line::text(Method::Numpy.statement()),
        ];
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints: vec![
                "Sort the values: the smallest, the largest and the median come straight off \
                 the sorted list."
                    .to_string(),
                Method::Numpy.last_hint(&s),
            ],
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::prompt_numbers;
    use crate::exercises::common::testing::soundness;

    #[test]
    fn summaries_match_a_direct_numpy_style_computation() {
        let mut textbook = 0;
        soundness(&FiveNumberSummary, &[1, 2, 3], |level, d, ctx| {
            let xs = prompt_numbers(d, 1);
            let mut s = xs.clone();
            s.sort_by(f64::total_cmp);
            let n = s.len();
            let q = |p: f64| {
                let h = (n - 1) as f64 * p;
                let lo = h.floor() as usize;
                s[lo] + (h - h.floor()) * (s[(lo + 1).min(n - 1)] - s[lo])
            };
            let med = if n % 2 == 1 {
                s[n / 2]
            } else {
                (s[n / 2 - 1] + s[n / 2]) / 2.0
            };
            let want = [s[0], q(0.25), med, q(0.75), s[n - 1]];
            let Value::Vector(v) = &d.answer.expected else {
                panic!("{ctx}")
            };
            for (g, w) in v.iter().zip(want) {
                assert!((g.to_f64() - w).abs() < 1e-9, "{ctx}: {v:?} vs {want:?}");
            }
            assert_eq!(
                n,
                [n.min(9), n.min(10), n.max(11)][level as usize - 1],
                "{ctx}"
            );
            let last = d.hints.last().unwrap();
            assert!(last.contains("Q₁ sits at position"), "{ctx}");
            let names: Vec<_> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(names.contains(&"unsorted"), "{ctx}");
            textbook += usize::from(names.contains(&"textbook_halves"));
        });
        assert!(textbook > 900, "{textbook}");
    }
}
