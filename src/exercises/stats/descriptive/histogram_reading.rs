//! `stats.histogram_reading`: reading a histogram given as bins and counts, drawn in the prompt as
//! a text bar chart (one `#` per value). Bins include their left edge and not their right one
//! (numpy's `histogram`, but for its last bin, which is closed; no value sits on an edge here).
//!
//! Level 1: the relative frequency of a range of 2–3 adjacent bins (a fraction). Level 2: the bin
//! holding the median, as an interval (lo, hi). Level 3: the mean estimated from the bin
//! midpoints. Named mistakes: the count instead of the fraction, one bin too many at an edge,
//! the tallest bin or the middle bin of the axis for the median's, the unweighted mean of the
//! midpoints, the left edges for the midpoints.

use super::data::TRIES;
use super::text::{answer_value, shown};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::decimal;
use crate::exercises::common::ordinal;
use crate::exercises::common::{Mistakes, chain, math_line, num};
use crate::expr::Value;
use crate::math::Scalar;

pub struct HistogramReading;

/// Equal-width bins from `start` and their counts.
struct Histogram {
    start: i64,
    width: i64,
    counts: Vec<i64>,
}

impl Histogram {
    fn draw(rng: &mut DrillRng, bins: usize) -> Histogram {
        let width = *rng.pick(&[2, 5, 10, 20]);
        Histogram {
            start: width * rng.int(0, 5),
            width,
            counts: (0..bins).map(|_| rng.int(1, 12)).collect(),
        }
    }

    fn edge(&self, i: usize) -> i64 {
        self.start + self.width * i as i64
    }

    fn total(&self) -> i64 {
        self.counts.iter().sum()
    }

    /// The text bar chart: `10 to 20  | ####  4`, the edges right-aligned.
    fn lines(&self) -> Vec<Line> {
        let w = self.edge(self.counts.len()).to_string().len();
        self.counts
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                Line::text(format!(
                    "{:>w$} to {:>w$}  | {} {c}",
                    self.edge(i),
                    self.edge(i + 1),
                    "#".repeat(c as usize)
                ))
            })
            .collect()
    }

    fn interval(&self, i: usize) -> Value {
        Value::Tuple(vec![
            Value::Scalar(Scalar::int(self.edge(i))),
            Value::Scalar(Scalar::int(self.edge(i + 1))),
        ])
    }

    /// The bin holding the value of 1-based rank `k`.
    fn bin_of_rank(&self, k: i64) -> usize {
        let mut seen = 0;
        for (i, &c) in self.counts.iter().enumerate() {
            seen += c;
            if seen >= k {
                return i;
            }
        }
        self.counts.len() - 1
    }

    /// Σ (point of bin i)·countᵢ / `over`.
    fn weighted(&self, point: impl Fn(usize) -> Scalar, over: i64) -> Scalar {
        let s = self
            .counts
            .iter()
            .enumerate()
            .fold(Scalar::ZERO, |s, (i, &c)| s + point(i) * Scalar::int(c));
        s.checked_div(Scalar::int(over)).unwrap_or(Scalar::ZERO)
    }

    fn midpoint(&self, i: usize) -> Scalar {
        Scalar::frac(self.edge(i) + self.edge(i + 1), 2)
    }
}

impl HistogramReading {
    fn relative_frequency(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let h = Histogram::draw(rng, 5);
        let len = rng.int(2, 3) as usize;
        let from = rng.index(5 - len);
        let to = from + len;
        let count: i64 = h.counts[from..to].iter().sum();
        let n = h.total();
        let frac = Scalar::frac(count, n);
        let answer = AnswerSpec::scalar(answer_value(frac));
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "count_not_fraction",
            Scalar::int(count),
            "That is a count of values. The relative frequency divides it by the total \
             number of values.",
        )?;
        mistakes.require(
            "wrong_edge",
            answer_value(Scalar::frac(count + h.counts[to], n)),
            format!(
                "You counted one bin too many: the bin starting at {} holds values of {} or \
                 more, which are not below {}.",
                h.edge(to),
                h.edge(to),
                h.edge(to)
            ),
        )?;
        let parts: Vec<String> = h.counts[from..to].iter().map(|c| c.to_string()).collect();
        let all: Vec<String> = h.counts.iter().map(|c| c.to_string()).collect();
        let mut prompt = vec![Line::text(format!(
            "A histogram of {n} values (each bin includes its left edge, not its right):"
        ))];
        prompt.extend(h.lines());
        prompt.push(Line::text(format!(
            "What fraction of the values are at least {} and below {}?",
            h.edge(from),
            h.edge(to)
        )));
        Ok(Draft {
            prompt,
            answer,
            solution: vec![
                Line::text(format!(
                    "The bins from {} to {} hold ",
                    h.edge(from),
                    h.edge(to)
                ))
                .m(chain(&parts.join(" + "), &[count.to_string()]))
                .t(" values."),
                Line::text("All bins hold ")
                    .m(chain(&all.join(" + "), &[n.to_string()]))
                    .t("."),
                Line::text("The relative frequency is ").m(chain(
                    &format!("({})/{n}", parts.join(" + ")),
                    &[format!("{count}/{n}"), num(frac), shown(frac)],
                )),
            ],
            hints: vec![
                format!(
                    "Add the counts of the bins between {} and {}, then divide by the total.",
                    h.edge(from),
                    h.edge(to)
                ),
                format!("Those bins hold {count} of the {n} values."),
            ],
            mistakes: mistakes.finish()?,
        })
    }

    fn median_bin(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let bins = *rng.pick(&[5usize, 7]);
        // Histograms whose median bin is neither the tallest nor the middle one, and whose two
        // middle values share a bin, drawn at most TRIES times.
        let (h, bin, modal) = (0..TRIES)
            .map(|_| Histogram::draw(rng, bins))
            .find_map(|h| {
                let n = h.total();
                let bin = h.bin_of_rank((n + 1) / 2);
                let modal = (0..bins)
                    .max_by_key(|&i| (h.counts[i], std::cmp::Reverse(i)))
                    .unwrap_or(0);
                (h.bin_of_rank(n / 2 + 1) == bin && bin != modal && bin != bins / 2)
                    .then_some((h, bin, modal))
            })
            .ok_or(GenError::Redraw("no histogram with a telling median bin"))?;
        let n = h.total();
        let (lo_rank, hi_rank) = ((n + 1) / 2, n / 2 + 1);
        let answer = AnswerSpec::with(h.interval(bin), Equivalence::Interval(Tolerance::default()));
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "modal_bin",
            h.interval(modal),
            "That is the tallest bar, the modal bin. The median is the value in the middle \
             when all values are lined up: count from the left until half of them are passed.",
        )?;
        mistakes.require(
            "middle_bin",
            h.interval(bins / 2),
            "That is the middle bin of the axis. The median depends on the counts: count the \
             values from the left until half of them are passed.",
        )?;
        let mut running = 0;
        let cumulative: Vec<String> = h
            .counts
            .iter()
            .map(|c| {
                running += c;
                running.to_string()
            })
            .collect();
        let rank = if n % 2 == 1 {
            format!("the {} value", ordinal(lo_rank as usize))
        } else {
            format!(
                "the mean of the {} and {} values",
                ordinal(lo_rank as usize),
                ordinal(hi_rank as usize)
            )
        };
        let mut prompt = vec![Line::text(format!(
            "A histogram of {n} values (each bin includes its left edge, not its right):"
        ))];
        prompt.extend(h.lines());
        prompt.push(Line::text(
            "Which bin holds the median? Answer with the bin as an interval (left edge, right \
             edge).",
        ));
        let shown_answer = answer.expected.clone();
        Ok(Draft {
            prompt,
            answer,
            solution: vec![
                Line::text(format!("With n = {n} values, the median is {rank}.")),
                Line::text("Counting from the left, the running totals are ")
                    .m(cumulative.join(", "))
                    .t("."),
                Line::text(format!(
                    "They first reach {hi_rank} in the bin from {} to {}: ",
                    h.edge(bin),
                    h.edge(bin + 1)
                ))
                .v(shown_answer),
            ],
            hints: vec![
                format!("With {n} values, the median is {rank} from the left."),
                format!(
                    "The running totals of the counts are {}.",
                    cumulative.join(", ")
                ),
            ],
            mistakes: mistakes.finish()?,
        })
    }

    fn estimated_mean(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let bins = rng.int(5, 6) as usize;
        let h = Histogram::draw(rng, bins);
        let n = h.total();
        let mean = h.weighted(|i| h.midpoint(i), n);
        let real = |x: Scalar| Scalar::Real(x.to_f64());
        let answer = AnswerSpec::scalar(real(mean));
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "unweighted_midpoints",
            real(
                (0..bins)
                    .fold(Scalar::ZERO, |s, i| s + h.midpoint(i))
                    .checked_div(Scalar::int(bins as i64))
                    .unwrap_or(Scalar::ZERO),
            ),
            "That is the mean of the midpoints, as if every bin held as many values. Weight \
             each midpoint by its bin's count, then divide by the total count.",
        )?;
        mistakes.require(
            "left_edges",
            real(h.weighted(|i| Scalar::int(h.edge(i)), n)),
            "You used the bins' left edges. A value in a bin is best guessed as the bin's \
             midpoint, halfway between its edges.",
        )?;
        mistakes.optional(
            "divided_by_bins",
            real(h.weighted(|i| h.midpoint(i), bins as i64)),
            "Divide by the number of values (the total count), not by the number of bins.",
        );
        let mids: Vec<String> = (0..bins).map(|i| decimal(h.midpoint(i))).collect();
        let products: Vec<String> = (0..bins)
            .map(|i| format!("{}·{}", decimal(h.midpoint(i)), h.counts[i]))
            .collect();
        let total = h.weighted(|i| h.midpoint(i), 1);
        let mut prompt = vec![Line::text(format!(
            "A histogram of {n} values (each bin includes its left edge, not its right):"
        ))];
        prompt.extend(h.lines());
        prompt.push(Line::text(
            "Estimate the mean of the values from the histogram, taking each value at its \
             bin's midpoint. Give at least 4 significant figures.",
        ));
        Ok(Draft {
            prompt,
            answer,
            solution: vec![
                Line::text("The midpoints: ").m(mids.join(", ")),
                Line::text("Each midpoint times its count, added:"),
                math_line(&chain(&products.join(" + "), &[decimal(total)])),
                Line::text(format!("Divide by the {n} values: ")).m(chain(
                    &format!("{}/{n}", decimal(total)),
                    &[num(mean), num(real(mean))],
                )),
            ],
            hints: vec![
                format!("The midpoints of the bins are {}.", mids.join(", ")),
                format!(
                    "The midpoints weighted by the counts add up to {}: divide by the total \
                     count.",
                    decimal(total)
                ),
            ],
            mistakes: mistakes.finish()?,
        })
    }
}

impl Exercise for HistogramReading {
    fn id(&self) -> &'static str {
        "stats.histogram_reading"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match level {
            1 => self.relative_frequency(rng),
            2 => self.median_bin(rng),
            3 => self.estimated_mean(rng),
            l => Err(GenError::Level(l)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::prompt_line;
    use crate::exercises::common::testing::soundness;

    /// The bins `(lo, hi, count)` read back from the prompt's bar chart.
    fn bars(d: &Draft) -> Vec<(f64, f64, f64)> {
        (1..d.prompt.len() - 1)
            .map(|i| {
                let t = prompt_line(d, i);
                let words: Vec<&str> = t.split_whitespace().collect();
                let count: f64 = words.last().unwrap().parse().unwrap();
                assert_eq!(t.matches('#').count() as f64, count);
                (words[0].parse().unwrap(), words[2].parse().unwrap(), count)
            })
            .collect()
    }

    #[test]
    fn readings_match_a_direct_computation() {
        soundness(&HistogramReading, &[1, 2, 3], |level, d, ctx| {
            let b = bars(d);
            let n: f64 = b.iter().map(|x| x.2).sum();
            match level {
                1 => {
                    let q = prompt_line(d, d.prompt.len() - 1);
                    let nums: Vec<f64> = q
                        .split(|c: char| !c.is_ascii_digit())
                        .filter(|s| !s.is_empty())
                        .map(|s| s.parse().unwrap())
                        .collect();
                    let inside: f64 = b
                        .iter()
                        .filter(|x| x.0 >= nums[0] && x.1 <= nums[1])
                        .map(|x| x.2)
                        .sum();
                    let got = d.answer.expected.as_scalar().unwrap().to_f64();
                    assert!((got - inside / n).abs() < 1e-12, "{ctx}");
                }
                2 => {
                    // Expand the histogram into ranks and find the bin of the middle one(s).
                    let mut ranks = Vec::new();
                    for (k, x) in b.iter().enumerate() {
                        ranks.extend(std::iter::repeat_n(k, x.2 as usize));
                    }
                    let m = ranks.len();
                    let (lo, hi) = (ranks[(m - 1) / 2], ranks[m / 2]);
                    assert_eq!(lo, hi, "{ctx}");
                    let Value::Tuple(t) = &d.answer.expected else {
                        panic!("{ctx}")
                    };
                    assert_eq!(t[0].as_scalar().unwrap().to_f64(), b[lo].0, "{ctx}");
                    assert_eq!(t[1].as_scalar().unwrap().to_f64(), b[lo].1, "{ctx}");
                }
                _ => {
                    let est: f64 = b.iter().map(|x| (x.0 + x.1) / 2.0 * x.2).sum::<f64>() / n;
                    let got = d.answer.expected.as_scalar().unwrap().to_f64();
                    assert!((got - est).abs() < 1e-9, "{ctx}");
                    assert!(
                        d.hints.last().unwrap().contains("divide by the total"),
                        "{ctx}"
                    );
                }
            }
            let names: Vec<_> = d.mistakes.iter().map(|m| m.name).collect();
            let first = ["count_not_fraction", "modal_bin", "unweighted_midpoints"];
            assert!(names.contains(&first[level as usize - 1]), "{ctx}");
        });
    }
}
