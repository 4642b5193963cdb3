//! `stats.quartiles`: `[Q₁, Q₃]` of a data set shown unsorted, by the method the prompt states.
//!
//! Level 1: 5 or 9 distinct integers with numpy's default quartiles (the positions
//! 1 + (n − 1)/4 are whole, so the quartiles are data values). Level 2: 6, 7, 8 or 10 integers
//! with numpy's default (interpolated quartiles such as 5.75). Level 3: 7, 8, 10 or 11 integers
//! with the textbook medians of the halves. The other method is the named mistake whenever it
//! gives other quartiles; the quartiles of the list as written (not sorted) are another. (Keeping
//! the median in both halves for odd n, Tukey's hinges, gives numpy's quartiles exactly: no
//! mistake of its own.)

use super::quartile_steps::{Method, distinct_ints};
use super::summary::sorted;
use super::text::answer_value;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::data_list;
use crate::exercises::common::{Mistakes, scalars};
use crate::expr::Value;
use crate::math::Scalar;

pub struct Quartiles;

/// `[Q₁, Q₃]` as the answer holds them.
fn pair((q1, q3): (Scalar, Scalar)) -> Value {
    Value::Vector(vec![answer_value(q1), answer_value(q3)])
}

impl Exercise for Quartiles {
    fn id(&self) -> &'static str {
        "stats.quartiles"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (n, method) = match level {
            1 => (*rng.pick(&[5usize, 9]), Method::Numpy),
            2 => (*rng.pick(&[6usize, 7, 8, 10]), Method::Numpy),
            3 => (*rng.pick(&[7usize, 8, 10, 11]), Method::Halves),
            l => return Err(GenError::Level(l)),
        };
        let xs = scalars(&distinct_ints(rng, n, 1, 60)?);
        let s = sorted(&xs);
        let answer = AnswerSpec::entrywise(pair(method.quartiles(&s)));
        let other = match method {
            Method::Numpy => Method::Halves,
            Method::Halves => Method::Numpy,
        };

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.optional(
            match other {
                Method::Halves => "textbook_halves",
                Method::Numpy => "numpy_linear",
            },
            pair(other.quartiles(&s)),
            other.used_instead(),
        );
        mistakes.require(
            "unsorted",
            pair(method.quartiles(&xs)),
            "Those are read off the list as it is written. Sort the values first: quartiles \
             are positions in the sorted data.",
        )?;
        mistakes.optional(
            "quartiles_swapped",
            pair({
                let (q1, q3) = method.quartiles(&s);
                (q3, q1)
            }),
            "The order is [Q₁, Q₃]: the lower quartile first.",
        );

        let mut solution = vec![Line::text("Sorted: ").m(data_list(&s))];
        solution.extend(method.lines(&s));
        solution.push(Line::text("Answer: ").v(answer.expected.clone()));
        let prompt = vec![
            Line::text(format!(
                "Find the quartiles of the {n} values, as a vector [Q₁, Q₃]:"
            )),
            Line::math(data_list(&xs)),
            Line::text(method.statement()),
        ];
        let first = match method {
            Method::Numpy => {
                "Sort the values. Q₁ sits at position 1 + (n − 1)/4 of the sorted \
                              list and Q₃ at 1 + 3(n − 1)/4; between two values, interpolate."
            }
            Method::Halves => {
                "Sort the values and split them into a lower and an upper half \
                               (an odd n leaves the median out of both)."
            }
        };
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints: vec![first.to_string(), method.last_hint(&s)],
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::prompt_numbers;
    use crate::exercises::common::testing::soundness;

    /// numpy's linear quantile, from its definition in f64 (not the exact generator path).
    pub fn np_quantile(xs: &[f64], q: f64) -> f64 {
        let mut s = xs.to_vec();
        s.sort_by(f64::total_cmp);
        let h = (s.len() - 1) as f64 * q;
        let (lo, hi) = (h.floor() as usize, h.ceil() as usize);
        s[lo] + (h - h.floor()) * (s[hi] - s[lo])
    }

    #[test]
    fn quartiles_match_numpy_and_the_textbook() {
        use statrs::statistics::{Data, OrderStatistics};
        let mut differ = 0;
        soundness(&Quartiles, &[1, 2, 3], |level, d, ctx| {
            let xs = prompt_numbers(d, 1);
            let Value::Vector(v) = &d.answer.expected else {
                panic!("{ctx}")
            };
            let got = [v[0].to_f64(), v[1].to_f64()];
            let want = if level < 3 {
                [np_quantile(&xs, 0.25), np_quantile(&xs, 0.75)]
            } else {
                // statrs's lower/upper quartiles are the medians of the halves (Tukey style
                // without the median): compare with a direct computation instead.
                let mut s = xs.clone();
                s.sort_by(f64::total_cmp);
                let n = s.len();
                let med = |h: &[f64]| {
                    let m = h.len();
                    if m % 2 == 1 {
                        h[m / 2]
                    } else {
                        (h[m / 2 - 1] + h[m / 2]) / 2.0
                    }
                };
                [med(&s[..n / 2]), med(&s[n.div_ceil(2)..])]
            };
            assert!(
                (got[0] - want[0]).abs() < 1e-9 && (got[1] - want[1]).abs() < 1e-9,
                "{ctx}: {got:?} vs {want:?}"
            );
            if level == 1 {
                assert!(got.iter().all(|q| xs.contains(q)), "{ctx}: a data value");
                // statrs's median agrees with the middle of the data.
                let mut data = Data::new(xs.clone());
                let m = data.median();
                assert!(xs.contains(&m), "{ctx}");
            }
            assert!(
                d.hints.last().unwrap().contains("Sorted:") || level == 3,
                "{ctx}"
            );
            let names: Vec<_> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(names.contains(&"unsorted"), "{ctx}");
            differ +=
                usize::from(names.contains(&"textbook_halves") || names.contains(&"numpy_linear"));
        });
        assert!(differ > 900, "{differ}");
    }
}
