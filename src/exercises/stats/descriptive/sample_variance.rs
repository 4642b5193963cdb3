//! `stats.sample_variance`: the variance of a data set, sample (÷ n − 1) or population (÷ n) as
//! the prompt states; the other convention is the named mistake that names the tool.
//!
//! Data from [`Spread`]: level 1 an integer variance, level 2 a fractional one (exact), level 3
//! one-decimal data and an answer to 4 significant figures.

use super::spread::{Spread, UNCENTERED, UNSQUARED, other_convention_message};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::Mistakes;

pub struct SampleVariance;

impl Exercise for SampleVariance {
    fn id(&self) -> &'static str {
        "stats.sample_variance"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let accept = match level {
            1 => |ss: i64, div: i64| ss % div == 0,
            2 => |ss: i64, div: i64| ss % div != 0,
            _ => |_: i64, _: i64| true,
        };
        let s = Spread::draw(level, rng, accept)?;
        let var = s.variance();
        let answer = AnswerSpec::scalar(s.value(var));

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "other_convention",
            s.value(s.variance_as(s.conv.other())),
            other_convention_message(s.conv, "variance"),
        )?;
        mistakes.optional("forgot_to_square", s.value(s.unsquared()), UNSQUARED);
        mistakes.optional("forgot_the_mean", s.value(s.uncentered()), UNCENTERED);
        mistakes.optional(
            "standard_deviation",
            s.value(var).sqrt(),
            "That is the standard deviation, the square root of the variance. The variance \
             is the average squared deviation itself: no root.",
        );

        let precision = if s.real {
            " Give at least 4 significant figures."
        } else {
            " Give the exact value."
        };
        let prompt = vec![
            Line::text("Find the variance ").m(s.var_symbol()).t(" of"),
            s.data_line(),
            s.convention_line("variance").t(precision),
        ];
        Ok(Draft {
            prompt,
            answer,
            solution: s.variance_lines(),
            hints: s.variance_hints(),
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
    fn variances_match_statrs_and_the_levels_hold() {
        use statrs::statistics::Statistics;
        let mut seen = [[0usize; 2]; 3];
        soundness(&SampleVariance, &[1, 2, 3], |level, d, ctx| {
            let xs = prompt_numbers(d, 1);
            let sample = d.prompt[2]
                .0
                .iter()
                .any(|p| format!("{p:?}").contains("n − 1"));
            let want = if sample {
                xs.clone().variance()
            } else {
                xs.clone().population_variance()
            };
            let got = d.answer.expected.as_scalar().unwrap();
            assert!((got.to_f64() - want).abs() <= 1e-9 * want.max(1.0), "{ctx}");
            let n = xs.len();
            match level {
                1 => {
                    assert!((4..=6).contains(&n) && got.as_integer().is_some(), "{ctx}");
                    assert!(xs.iter().all(|x| x.fract() == 0.0 && *x >= 0.0), "{ctx}");
                }
                2 => {
                    assert!((5..=8).contains(&n), "{ctx}");
                    assert!(got.as_integer().is_none(), "{ctx}");
                }
                _ => {
                    assert!((8..=10).contains(&n) && !got.is_exact(), "{ctx}");
                    assert!(
                        xs.iter()
                            .all(|x| (x * 10.0 - (x * 10.0).round()).abs() < 1e-9)
                    );
                }
            }
            // The last hint is the last step: the sum of squares and the divisor.
            let div = if sample { n - 1 } else { n };
            assert!(
                d.hints
                    .last()
                    .unwrap()
                    .ends_with(&format!("divide by {div}.")),
                "{ctx}"
            );
            let names: Vec<_> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(names.contains(&"other_convention"), "{ctx}");
            seen[level as usize - 1][usize::from(sample)] += 1;
        });
        for counts in seen {
            assert!(counts.iter().all(|&c| c > 100), "{seen:?}");
        }
    }
}
