//! `stats.standard_deviation`: the standard deviation of a data set, sample (÷ n − 1) or
//! population (÷ n) as the prompt states.
//!
//! Data from [`Spread`]: level 1 a perfect-square variance (an integer answer, 2 to 15: the
//! data are stretched by 1, 2 or 3, see [`stretched`]), level 2 a
//! variance that is not a perfect square (the answer `sqrt(37/6)`, exact), level 3 one-decimal
//! data and an answer to 4 significant figures. Named mistakes: the variance (no root), the other
//! convention (naming the tool), the deviations not squared.

use super::data::is_square;
use super::spread::{Spread, other_convention_message};
use super::summary::{mean, sum_sq_dev};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::decimal;
use crate::exercises::common::{Mistakes, chain, num};
use crate::math::Scalar;

pub struct StandardDeviation;

/// Level 1's data stretched by a factor m in 1..=3 about a new integer centre: the deviations,
/// and so the standard deviation, are m times those of [`Spread::draw`] (whose level-1 standard
/// deviations are only 2 to 5), the variance m² times, still a perfect square. The centre keeps
/// every value positive (the deviations are within ±5m).
fn stretched(s: Spread, rng: &mut DrillRng) -> Spread {
    let m = rng.int(1, 3);
    let center = Scalar::int(rng.int(5 * m + 1, 5 * m + 20));
    let xs: Vec<Scalar> =
        s.xs.iter()
            .map(|&x| center + (x - s.mean) * Scalar::int(m))
            .collect();
    let mean = mean(&xs);
    Spread {
        ss: sum_sq_dev(&xs, mean),
        xs,
        mean,
        ..s
    }
}

impl Exercise for StandardDeviation {
    fn id(&self) -> &'static str {
        "stats.standard_deviation"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let accept = match level {
            1 => |ss: i64, div: i64| ss % div == 0 && is_square(ss / div) && ss / div > 1,
            2 => {
                |ss: i64, div: i64| (ss % div != 0 || !is_square(ss / div)) && !is_square(ss * div)
            }
            _ => |_: i64, _: i64| true,
        };
        let mut s = Spread::draw(level, rng, accept)?;
        if level == 1 {
            s = stretched(s, rng);
        }
        let var = s.variance();
        let sd = var.sqrt();
        let root = |v: Scalar| {
            let r = v.sqrt();
            if s.real { Scalar::Real(r.to_f64()) } else { r }
        };
        let sym = s.sd_symbol();
        let radicand = decimal(s.value(var));
        let root_text = if radicand.contains('/') {
            format!("√({radicand})")
        } else {
            format!("√{radicand}")
        };
        let mut answer = AnswerSpec::scalar(root(var));
        if !sd.is_exact() && !s.real {
            answer = answer.exact_as(format!("sqrt({radicand})"));
        }

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "variance_not_sd",
            s.value(var),
            "That is the variance. The standard deviation is its square root.",
        )?;
        mistakes.require(
            "other_convention",
            root(s.variance_as(s.conv.other())),
            other_convention_message(s.conv, "standard deviation"),
        )?;
        mistakes.optional(
            "forgot_to_square",
            s.value(s.unsquared()),
            "You averaged the distances from the mean without squaring them (the mean absolute \
             deviation). The standard deviation is the square root of the average squared \
             distance from the mean.",
        );

        let precision = if s.real {
            " Give at least 4 significant figures."
        } else {
            " Give the exact value (a root such as sqrt(5/2) is fine)."
        };
        let prompt = vec![
            Line::text("Find the standard deviation ").m(sym).t(" of"),
            s.data_line(),
            s.convention_line("standard deviation").t(precision),
        ];
        let mut solution = s.variance_lines();
        let shown = num(answer.expected.as_scalar().unwrap_or(sd));
        solution.push(
            Line::text("The standard deviation is the square root: ")
                .m(chain(sym, &[root_text.clone(), shown])),
        );
        let mut hints = s.variance_hints();
        hints.push(format!(
            "The variance is {} = {}: take its square root.",
            s.var_symbol(),
            decimal(s.value(var))
        ));
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
    use crate::exercises::common::testing::prompt_numbers;
    use crate::exercises::common::testing::soundness;

    #[test]
    fn standard_deviations_match_statrs_and_the_levels_hold() {
        use statrs::statistics::Statistics;
        let mut exact_roots = 0;
        let mut level1 = std::collections::BTreeSet::new();
        soundness(&StandardDeviation, &[1, 2, 3], |level, d, ctx| {
            let xs = prompt_numbers(d, 1);
            let sample = d.prompt[2]
                .0
                .iter()
                .any(|p| format!("{p:?}").contains("n − 1"));
            let want = if sample {
                xs.clone().std_dev()
            } else {
                xs.clone().population_std_dev()
            };
            let got = d.answer.expected.as_scalar().unwrap();
            assert!((got.to_f64() - want).abs() <= 1e-9 * want.max(1.0), "{ctx}");
            match level {
                1 => {
                    assert!(got.as_integer().is_some_and(|k| k >= 2), "{ctx}");
                    // Nice data: positive integers, at most 50.
                    assert!(
                        xs.iter()
                            .all(|&x| x.fract() == 0.0 && (1.0..=50.0).contains(&x)),
                        "{ctx}: {xs:?}"
                    );
                    level1.insert(want.round() as i64);
                }
                2 => {
                    assert!(
                        d.answer
                            .exact
                            .as_deref()
                            .is_some_and(|e| e.starts_with("sqrt("))
                    );
                    exact_roots += 1;
                }
                _ => assert!(!got.is_exact() && d.answer.exact.is_none(), "{ctx}"),
            }
            let last = d.hints.last().unwrap();
            assert!(last.ends_with("take its square root."), "{ctx}: {last}");
            let names: Vec<_> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(
                names.contains(&"variance_not_sd") && names.contains(&"other_convention"),
                "{ctx}"
            );
        });
        assert!(exact_roots > 0);
        // Level 1 varies (it was only 2, 3 or 4).
        assert!(level1.len() >= 8, "{level1:?}");
    }
}
