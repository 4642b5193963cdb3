//! `stats.iris_summary`: the centre and spread of a few real measurements, drawn from Fisher's
//! Iris data ([`IrisSample`]: a species and one of its four columns, `k` flowers).
//!
//! Level 1: the mean or the median of 5–6 values. The flowers are redrawn until the mean has at
//! most two decimals (always so for 5 values of one decimal; for 6, when the sum in tenths is a
//! multiple of 3), so it is a short hand computation. Level 2: the standard deviation of 6 or 8
//! values, sample (÷ n − 1, pandas) or population (÷ n, numpy's default) as the prompt states,
//! to 4 significant figures. Level 3: `[mean, median, sd]` of 8 or 10 values. At levels 2 and 3
//! the mean has at most two decimals too, so the deviations stay short.
//!
//! Named mistakes: dividing the sum by n − 1, the median for the mean and back, the middle of the
//! list as drawn (not sorted), the other variance convention (naming the tool), the variance
//! for the standard deviation, the deviations not squared.

use super::iris_draw::{IrisSample, Measure, SPECIES, mean_within};
use super::median_steps::{median_hint, median_lines};
use super::spread::{Spread, UNSQUARED, other_convention_message};
use super::summary::{Convention, mean, median, sorted, sum_sq_dev, total};
use super::text::{answer_value, dec, list, shown, sum};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, num};
use crate::expr::Value;
use crate::math::Scalar;

pub struct IrisSummary;

const UNSORTED: &str = "That is the middle of the list in the order the flowers were drawn. \
     Sort the values first: the median is the middle of the sorted data.";

const N_MINUS_1: &str = "You divided by n − 1. The mean divides the sum by n, the number of \
     values (n − 1 belongs to the sample variance).";

/// A drawn data set: the flowers, the measure, the values.
struct Drawn {
    sample: IrisSample,
    measure: Measure,
    xs: Vec<Scalar>,
}

/// `n` flowers of a drawn species and column whose mean has at most two decimals.
fn draw(rng: &mut DrillRng, n: usize) -> Result<Drawn, GenError> {
    let species = *rng.pick(&SPECIES);
    let measure = *rng.pick(&Measure::ALL);
    let (sample, mut values) =
        IrisSample::draw_where(rng, species, n, &[measure], |v| mean_within(&v[0], 2))?;
    Ok(Drawn {
        sample,
        measure,
        xs: values.remove(0),
    })
}

/// The sample or population convention, equally often.
fn convention(rng: &mut DrillRng) -> Convention {
    if rng.chance(1, 2) {
        Convention::Sample
    } else {
        Convention::Population
    }
}

/// The middle of the list in the order drawn.
fn unsorted_middle(xs: &[Scalar]) -> Scalar {
    median(xs)
}

/// The spread of a drawn data set under the convention asked, as [`Spread`] shows it (the
/// answers to 4 significant figures).
fn spread(xs: &[Scalar], conv: Convention) -> Spread {
    let m = mean(xs);
    Spread {
        xs: xs.to_vec(),
        conv,
        mean: m,
        ss: sum_sq_dev(xs, m),
        real: true,
    }
}

/// The last solution line: the standard deviation as the root of the variance.
fn root_line(s: &Spread) -> Line {
    let var = s.value(s.variance());
    Line::text("The standard deviation is the square root: ").m(chain(
        s.sd_symbol(),
        &[format!("√{}", dec(var)), num(var.sqrt())],
    ))
}

impl IrisSummary {
    fn centre(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let n = rng.int(5, 6) as usize;
        let ask_mean = rng.chance(1, 2);
        let d = draw(rng, n)?;
        let xs = &d.xs;
        let (m, md) = (mean(xs), median(&sorted(xs)));
        let what = if ask_mean { "mean" } else { "median" };
        let answer = AnswerSpec::scalar(answer_value(if ask_mean { m } else { md }));
        let mut mistakes = Mistakes::new(&answer.expected);
        let (solution, hints) = if ask_mean {
            mistakes.require(
                "divided_by_n_minus_1",
                answer_value(
                    total(xs)
                        .checked_div(Scalar::int(n as i64 - 1))
                        .unwrap_or(m),
                ),
                N_MINUS_1,
            )?;
            mistakes.require(
                "median_not_mean",
                answer_value(md),
                "That is the median, the middle of the sorted data. The mean adds all the \
                 values and divides by how many there are.",
            )?;
            let steps = [format!("{}/{n}", dec(total(xs))), shown(m)];
            (
                vec![
                    Line::text(format!("Add the {n} values and divide by n = {n}: "))
                        .m(chain(&format!("({})/{n}", sum(xs)), &steps)),
                ],
                vec![
                    format!("Add the {n} values, then divide by {n}."),
                    format!("The values add up to {}: divide by {n}.", dec(total(xs))),
                ],
            )
        } else {
            mistakes.require(
                "unsorted_middle",
                answer_value(unsorted_middle(xs)),
                UNSORTED,
            )?;
            mistakes.require(
                "mean_not_median",
                answer_value(m),
                "That is the mean. The median is the middle value of the sorted data.",
            )?;
            let first = if n % 2 == 1 {
                format!("Sort the values; with n = {n}, the median is the middle one.")
            } else {
                format!("Sort the values; with n = {n}, there are two middle values.")
            };
            (median_lines(xs), vec![first, median_hint(xs)])
        };
        Ok(Draft {
            prompt: vec![
                Line::text(format!(
                    "Find the {what} of these {}:",
                    d.sample.measurements(d.measure)
                )),
                math_line(&list(xs)),
            ],
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }

    fn standard_deviation(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let n = *rng.pick(&[6usize, 8]);
        let conv = convention(rng);
        let d = draw(rng, n)?;
        let s = spread(&d.xs, conv);
        if s.ss.is_zero() {
            return Err(GenError::Redraw("all values equal"));
        }
        let var = s.value(s.variance());
        let answer = AnswerSpec::scalar(var.sqrt());
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "other_convention",
            s.value(s.variance_as(conv.other())).sqrt(),
            other_convention_message(conv, "standard deviation"),
        )?;
        mistakes.require(
            "variance_not_sd",
            var,
            "That is the variance. The standard deviation is its square root, in cm like the \
             data.",
        )?;
        mistakes.optional("forgot_to_square", s.value(s.unsquared()), UNSQUARED);

        let mut solution = s.variance_lines();
        solution.push(root_line(&s));
        let mut hints = s.variance_hints();
        hints.push(format!(
            "The variance is {} = {}: take its square root.",
            s.var_symbol(),
            dec(var)
        ));
        Ok(Draft {
            prompt: vec![
                Line::text("Find the standard deviation ")
                    .m(s.sd_symbol())
                    .t(format!(" of these {}:", d.sample.measurements(d.measure))),
                math_line(&list(&d.xs)),
                s.convention_line("standard deviation")
                    .t(" Give at least 4 significant figures."),
            ],
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }

    fn summary(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let n = *rng.pick(&[8usize, 10]);
        let conv = convention(rng);
        let d = draw(rng, n)?;
        let xs = &d.xs;
        let s = spread(xs, conv);
        if s.ss.is_zero() {
            return Err(GenError::Redraw("all values equal"));
        }
        let (m, md) = (answer_value(s.mean), answer_value(median(&sorted(xs))));
        let var = s.value(s.variance());
        let triple = |a: Scalar, b: Scalar, c: Scalar| Value::Vector(vec![a, b, c]);
        let answer = AnswerSpec::entrywise(triple(m, md, var.sqrt()));
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "other_convention",
            triple(m, md, s.value(s.variance_as(conv.other())).sqrt()),
            other_convention_message(conv, "standard deviation"),
        )?;
        mistakes.require(
            "variance_not_sd",
            triple(m, md, var),
            "The third entry is the variance. The standard deviation is its square root.",
        )?;
        mistakes.optional(
            "unsorted_middle",
            triple(m, answer_value(unsorted_middle(xs)), var.sqrt()),
            UNSORTED,
        );

        let mut solution = s.variance_lines();
        solution.push(root_line(&s));
        solution.extend(median_lines(xs));
        solution.push(Line::text("Answer: ").v(answer.expected.clone()));
        Ok(Draft {
            prompt: vec![
                Line::text(format!(
                    "Summarise these {}:",
                    d.sample.measurements(d.measure)
                )),
                math_line(&list(xs)),
                Line::text("Give [mean, median, ")
                    .m(s.sd_symbol())
                    .t("] as a vector, each to 4 significant figures."),
                s.convention_line("standard deviation"),
            ],
            answer,
            solution,
            hints: vec![
                format!(
                    "The values add up to {}: the mean m is that divided by {n}.",
                    dec(total(xs))
                ),
                median_hint(xs),
                format!(
                    "The squared deviations from m add up to Σ(xᵢ − m)² = {}: divide by {} \
                     and take the square root.",
                    dec(s.ss),
                    s.divisor()
                ),
            ],
            mistakes: mistakes.finish()?,
        })
    }
}

impl Exercise for IrisSummary {
    fn id(&self) -> &'static str {
        "stats.iris_summary"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match level {
            1 => self.centre(rng),
            2 => self.standard_deviation(rng),
            3 => self.summary(rng),
            l => Err(GenError::Level(l)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::iris_draw::reference::{assert_rows_of, has_places, named_in};
    use super::*;
    use crate::exercises::common::testing::near as close;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{mistake_names, prompt_line, prompt_numbers};
    use crate::math::stats::descriptive::{self as ds, Divisor};

    #[test]
    fn summaries_match_a_direct_computation_and_the_flowers_are_real() {
        // Per level: [mean or sample, median or population] questions seen.
        let mut seen = [[0usize; 2]; 3];
        soundness(&IrisSummary, &[1, 2, 3], |level, d, ctx| {
            let head = prompt_line(d, 0);
            let xs = prompt_numbers(d, 1);
            let n = xs.len();
            // The values are n distinct flowers of the named species and column.
            let (species, columns) = named_in(&head);
            assert_eq!(columns.len(), 1, "{ctx}: {head}");
            assert!(head.contains(&format!("these {n} Iris {species}")), "{ctx}");
            assert!(head.contains("(cm, Fisher 1936)"), "{ctx}");
            assert_rows_of(species, &columns, std::slice::from_ref(&xs), ctx);
            assert!(xs.iter().all(|&x| has_places(x, 1)), "{ctx}");
            let mean = ds::mean(&xs).unwrap();
            assert!(has_places(mean, 2), "{ctx}: the mean {mean} is short");
            let names: Vec<_> = d.mistakes.iter().map(|m| m.name).collect();
            let last = d.hints.last().unwrap();
            let sample = (2..d.prompt.len()).any(|k| prompt_line(d, k).contains("n − 1"));
            let divisor = if sample {
                Divisor::Sample
            } else {
                Divisor::Population
            };
            let div = if sample { n - 1 } else { n };
            match level {
                1 => {
                    assert!((5..=6).contains(&n), "{ctx}");
                    let got = d.answer.expected.as_scalar().unwrap().to_f64();
                    if head.contains("the mean") {
                        assert!(close(got, mean), "{ctx}");
                        assert!(names.contains(&"divided_by_n_minus_1"), "{ctx}");
                        assert!(last.ends_with(&format!("divide by {n}.")), "{ctx}");
                        seen[0][0] += 1;
                    } else {
                        assert!(head.contains("the median"), "{ctx}");
                        assert!(close(got, ds::median(&xs).unwrap()), "{ctx}");
                        assert!(names.contains(&"unsorted_middle"), "{ctx}");
                        assert!(last.starts_with("Sorted: "), "{ctx}");
                        assert!(
                            last.ends_with("value.") || last.ends_with("take their mean."),
                            "{ctx}"
                        );
                        seen[0][1] += 1;
                    }
                }
                2 => {
                    assert!(n == 6 || n == 8, "{ctx}");
                    let got = d.answer.expected.as_scalar().unwrap().to_f64();
                    assert!(close(got, ds::std_dev(&xs, divisor).unwrap()), "{ctx}");
                    assert!(
                        names.contains(&"other_convention") && names.contains(&"variance_not_sd"),
                        "{ctx}"
                    );
                    assert!(last.ends_with("take its square root."), "{ctx}: {last}");
                    seen[1][usize::from(!sample)] += 1;
                }
                _ => {
                    assert!(n == 8 || n == 10, "{ctx}");
                    let Value::Vector(v) = &d.answer.expected else {
                        panic!("{ctx}: not a vector")
                    };
                    let want = [
                        mean,
                        ds::median(&xs).unwrap(),
                        ds::std_dev(&xs, divisor).unwrap(),
                    ];
                    assert_eq!(v.len(), 3, "{ctx}");
                    for (g, w) in v.iter().zip(want) {
                        assert!(close(g.to_f64(), w), "{ctx}: {g:?} vs {w}");
                    }
                    assert!(
                        last.ends_with(&format!("divide by {div} and take the square root.")),
                        "{ctx}: {last}"
                    );
                    seen[2][usize::from(!sample)] += 1;
                }
            }
        });
        for counts in seen {
            assert!(counts.iter().all(|&c| c > 100), "{seen:?}");
        }
    }

    #[test]
    fn every_named_mistake_occurs() {
        for (level, expected) in [
            (
                1,
                &[
                    "divided_by_n_minus_1",
                    "median_not_mean",
                    "unsorted_middle",
                    "mean_not_median",
                ][..],
            ),
            (
                2,
                &["other_convention", "variance_not_sd", "forgot_to_square"][..],
            ),
            (
                3,
                &["other_convention", "variance_not_sd", "unsorted_middle"][..],
            ),
        ] {
            let seen = mistake_names(&IrisSummary, level, 200);
            for name in expected {
                assert!(seen.0.contains(name), "level {level}: {name} never occurs");
            }
        }
    }
}
