//! `prob.pmf_cdf`: probabilities of events `X ≤ k`, `a < X ≤ b`, `X > k` from a table of
//! `P(X = x)`, and (level 3) point and interval probabilities from a table of the cdf
//! `F(x) = P(X ≤ x)`.
//!
//! `X` takes the values `0, 1, …, m`. Level 1: m = 3 or 4, probabilities in tenths, `P(X ≤ k)`.
//! Level 2: m = 4 or 5, probabilities in twentieths, `P(a < X ≤ b)` or `P(X > k)`. Level 3: m =
//! 4 to 6, the cdf in twentieths, `P(X = k) = F(k) − F(k − 1)` or `P(a ≤ X ≤ b) = F(b) −
//! F(a − 1)`; or (a third of level 3, `missing.rs`) a pmf table with one probability left as
//! p, found from `Σ P(X = x) = 1` and then used in `P(X ≤ k)` or `P(X > k)`. Every probability
//! is a terminating decimal.
//!
//! Named mistakes: an endpoint included or left out (`<` for `≤`), the complement slip
//! (`P(X ≤ k)` for `P(X > k)` or the reverse), the cdf read as the pmf, and a cdf difference
//! shifted by one value; with p missing, p not subtracted from 1, p left out, and p itself.

use super::common::{Pmf, draw_counts, pmf_from_counts, readable};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, num};
use crate::math::Scalar;

mod missing;

pub struct PmfCdf;

/// The event asked about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Question {
    /// `P(X ≤ k)` from the pmf.
    AtMost(i64),
    /// `P(X > k)` from the pmf.
    Above(i64),
    /// `P(a < X ≤ b)` from the pmf.
    Between(i64, i64),
    /// `P(X = k)` from the cdf.
    PointFromCdf(i64),
    /// `P(a ≤ X ≤ b)` from the cdf.
    ClosedFromCdf(i64, i64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    /// Counts of `total` units of probability for the values `0, 1, …, m`.
    pub counts: Vec<i64>,
    pub total: i64,
    pub question: Question,
    /// The value whose probability the table hides as p (level 3's missing-probability variant).
    pub missing: Option<i64>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Drawn, GenError> {
    let (m, total) = match level {
        1 => (rng.int(3, 4), 10),
        2 => (rng.int(4, 5), 20),
        3 => (rng.int(4, 6), 20),
        l => return Err(GenError::Level(l)),
    };
    let counts = draw_counts(rng, m as usize + 1, total)?;
    let mut missing = None;
    let question = match level {
        1 => Question::AtMost(rng.int(1, m - 1)),
        2 if rng.chance(1, 2) => Question::Above(rng.int(1, m - 2)),
        2 => {
            let a = rng.int(1, m - 2);
            Question::Between(a, rng.int(a + 2, m))
        }
        // One probability missing, in an event that needs it.
        _ if rng.chance(1, 3) => {
            if rng.chance(1, 2) {
                let k = rng.int(1, m - 1);
                missing = Some(rng.int(0, k));
                Question::AtMost(k)
            } else {
                let k = rng.int(1, m - 2);
                missing = Some(rng.int(k + 1, m));
                Question::Above(k)
            }
        }
        _ if rng.chance(1, 2) => Question::PointFromCdf(rng.int(1, m - 1)),
        _ => {
            let a = rng.int(1, m - 2);
            Question::ClosedFromCdf(a, rng.int(a + 1, m - 1))
        }
    };
    Ok(Drawn {
        counts,
        total,
        question,
        missing,
    })
}

/// The table's numbers: `P(X = x)` and `F(x)` for `x = 0, …, m`, exact.
struct Table {
    pmf: Pmf,
    cdf: Vec<Scalar>,
}

impl Table {
    fn new(d: &Drawn) -> Table {
        let xs: Vec<i64> = (0..d.counts.len() as i64).collect();
        let pmf = pmf_from_counts(&xs, &d.counts, d.total);
        let cdf = pmf
            .ps
            .iter()
            .scan(Scalar::ZERO, |s, &p| {
                *s = *s + p;
                Some(*s)
            })
            .collect();
        Table { pmf, cdf }
    }
    fn m(&self) -> i64 {
        self.cdf.len() as i64 - 1
    }
    /// `F(k)`, 0 below the support and 1 above it.
    fn f(&self, k: i64) -> Scalar {
        if k < 0 {
            Scalar::ZERO
        } else {
            self.cdf.get(k as usize).copied().unwrap_or(Scalar::ONE)
        }
    }
    /// `P(lo ≤ X ≤ hi)`.
    fn range(&self, lo: i64, hi: i64) -> Scalar {
        self.f(hi) - self.f(lo - 1)
    }
    /// `P(X = k)`.
    fn p(&self, k: i64) -> Scalar {
        self.pmf.ps[k as usize]
    }
    /// `P(lo ≤ X ≤ hi) = P(X = lo) + … + P(X = hi) = 0.1 + 0.3 = 0.4`: the sum's steps.
    fn sum_steps(&self, lo: i64, hi: i64) -> Vec<String> {
        let names: Vec<String> = (lo..=hi).map(|x| format!("P(X = {x})")).collect();
        let values: Vec<String> = (lo..=hi).map(|x| num(readable(self.p(x)))).collect();
        vec![
            names.join(" + "),
            values.join(" + "),
            num(readable(self.range(lo, hi))),
        ]
    }
}

/// `P(X ≤ 2)`: the event's probability as written.
fn event_text(q: Question) -> String {
    match q {
        Question::AtMost(k) => format!("P(X ≤ {k})"),
        Question::Above(k) => format!("P(X > {k})"),
        Question::Between(a, b) => format!("P({a} < X ≤ {b})"),
        Question::PointFromCdf(k) => format!("P(X = {k})"),
        Question::ClosedFromCdf(a, b) => format!("P({a} ≤ X ≤ {b})"),
    }
}

/// The answer, the solution's lines, the hints and the named mistakes of a question.
fn work(
    t: &Table,
    q: Question,
    mistakes: &mut Mistakes,
) -> Result<(Vec<Line>, Vec<String>), GenError> {
    let r = readable;
    let event = event_text(q);
    let values = |lo: i64, hi: i64| {
        if lo == hi {
            format!("the value {lo}")
        } else if hi == lo + 1 {
            format!("the values {lo} and {hi}")
        } else {
            format!("the values {lo} to {hi}")
        }
    };
    Ok(match q {
        Question::AtMost(k) => {
            mistakes.require(
                "endpoint_left_out",
                r(t.f(k - 1)),
                format!(
                    "That leaves out X = {k} itself, as P(X < {k}) would: ≤ includes the endpoint."
                ),
            )?;
            mistakes.require(
                "complement",
                r(Scalar::ONE - t.f(k)),
                format!(
                    "That is the probability of the other side, P(X > {k}). ≤ asks for the \
                     values up to {k}, the lower end of the table."
                ),
            )?;
            mistakes.optional(
                "single_value",
                r(t.p(k)),
                format!(
                    "That is only P(X = {k}). P(X ≤ {k}) adds the probabilities of every value \
                     up to {k}."
                ),
            );
            let steps = t.sum_steps(0, k);
            (
                vec![
                    Line::text(format!(
                        "X ≤ {k} holds for {}: add their probabilities.",
                        values(0, k)
                    )),
                    math_line(&chain(&event, &steps)),
                ],
                vec![
                    format!("X ≤ {k} includes {k} itself: add P(X = x) for x = 0, …, {k}."),
                    format!("{event} = {}: add these.", steps[1]),
                ],
            )
        }
        Question::Above(k) => {
            let m = t.m();
            mistakes.require(
                "endpoint_included",
                r(Scalar::ONE - t.f(k - 1)),
                format!("That includes X = {k}, as P(X ≥ {k}) would: > leaves the endpoint out."),
            )?;
            mistakes.require(
                "complement",
                r(t.f(k)),
                format!(
                    "That is P(X ≤ {k}), the complement. P(X > {k}) = 1 − P(X ≤ {k}): the \
                     values above {k}."
                ),
            )?;
            let steps = t.sum_steps(k + 1, m);
            let below = t.sum_steps(0, k);
            (
                vec![
                    Line::text(format!(
                        "X > {k} holds for {}, so {k} itself is left out:",
                        values(k + 1, m)
                    )),
                    math_line(&chain(&event, &steps)),
                    Line::text("Check with the complement: ").m(chain(
                        &format!("1 − P(X ≤ {k})"),
                        &[format!("1 − {}", below[2]), steps[2].clone()],
                    )),
                ],
                vec![
                    format!(
                        "X > {k} leaves {k} out: add P(X = x) for x = {}, …, {m}, or use \
                         1 − P(X ≤ {k}).",
                        k + 1
                    ),
                    format!("{event} = {}: add these.", steps[1]),
                ],
            )
        }
        Question::Between(a, b) => {
            mistakes.require(
                "endpoint_included",
                r(t.range(a, b)),
                format!(
                    "That includes X = {a}: the left end is strict, {a} < X, so {a} itself is \
                     left out."
                ),
            )?;
            mistakes.require(
                "endpoint_left_out",
                r(t.range(a + 1, b - 1)),
                format!("That leaves out X = {b}: the right end is X ≤ {b}, so {b} itself counts."),
            )?;
            let steps = t.sum_steps(a + 1, b);
            (
                vec![
                    Line::text(format!(
                        "{a} < X ≤ {b} holds for {} ({a} is left out, {b} counts):",
                        values(a + 1, b)
                    )),
                    math_line(&chain(&event, &steps)),
                ],
                vec![
                    format!(
                        "Which values satisfy {a} < X ≤ {b}? The left end is strict, the right \
                         one is not."
                    ),
                    format!("{event} = {}: add these.", steps[1]),
                ],
            )
        }
        Question::PointFromCdf(k) => {
            let (fk, fb) = (r(t.f(k)), r(t.f(k - 1)));
            mistakes.require(
                "cdf_as_pmf",
                fk,
                format!(
                    "That is F({k}) = P(X ≤ {k}), which adds every value up to {k}. The jump of \
                     F at {k} is P(X = {k}): subtract F({}).",
                    k - 1
                ),
            )?;
            mistakes.require(
                "shifted_difference",
                r(t.f(k + 1) - t.f(k)),
                format!(
                    "That is the jump of F at {}, which is P(X = {}): the jump at {k} is \
                     P(X = {k}).",
                    k + 1,
                    k + 1
                ),
            )?;
            let steps = vec![
                format!("F({k}) − F({})", k - 1),
                format!("{} − {}", num(fk), num(fb)),
                num(r(t.p(k))),
            ];
            (
                vec![
                    Line::text(format!(
                        "F jumps at each value by its probability: F({k}) adds P(X = {k}) to \
                         F({}).",
                        k - 1
                    )),
                    math_line(&chain(&event, &steps)),
                ],
                vec![
                    "F(x) = P(X ≤ x) adds the probabilities up to x: how much does it grow \
                     from one value to the next?"
                        .to_string(),
                    format!("{event} = {}: subtract.", steps[1]),
                ],
            )
        }
        Question::ClosedFromCdf(a, b) => {
            let (fb, fa) = (r(t.f(b)), r(t.f(a - 1)));
            mistakes.require(
                "endpoint_left_out",
                r(t.f(b) - t.f(a)),
                format!(
                    "F({b}) − F({a}) leaves out X = {a}: it is P({a} < X ≤ {b}). To keep {a}, \
                     subtract F({}).",
                    a - 1
                ),
            )?;
            mistakes.require(
                "lower_end_ignored",
                fb,
                format!(
                    "That is F({b}) = P(X ≤ {b}), which also counts the values below {a}: \
                     subtract them."
                ),
            )?;
            let steps = vec![
                format!("P(X ≤ {b}) − P(X ≤ {})", a - 1),
                format!("F({b}) − F({})", a - 1),
                format!("{} − {}", num(fb), num(fa)),
                num(r(t.range(a, b))),
            ];
            (
                vec![
                    Line::text(format!(
                        "{a} ≤ X ≤ {b} is X ≤ {b} without X ≤ {} ({a} itself stays in):",
                        a - 1
                    )),
                    math_line(&chain(&event, &steps)),
                ],
                vec![
                    format!(
                        "P({a} ≤ X ≤ {b}) is P(X ≤ {b}) minus the values below {a}, that is \
                         minus P(X ≤ {}).",
                        a - 1
                    ),
                    format!("{event} = {}: subtract.", steps[2]),
                ],
            )
        }
    })
}

/// `F(0) = 0.1,   F(1) = 0.35, …`.
fn cdf_line(t: &Table) -> Line {
    let items: Vec<String> = t
        .cdf
        .iter()
        .enumerate()
        .map(|(x, &f)| format!("F({x}) = {}", num(readable(f))))
        .collect();
    math_line(&items.join(",   "))
}

fn answer_of(t: &Table, q: Question) -> Scalar {
    match q {
        Question::AtMost(k) => t.f(k),
        Question::Above(k) => Scalar::ONE - t.f(k),
        Question::Between(a, b) => t.range(a + 1, b),
        Question::PointFromCdf(k) => t.p(k),
        Question::ClosedFromCdf(a, b) => t.range(a, b),
    }
}

fn build(d: &Drawn) -> Result<Draft, GenError> {
    if let Some(at) = d.missing {
        return missing::build(d, at);
    }
    let t = Table::new(d);
    let answer = AnswerSpec::scalar(readable(answer_of(&t, d.question)));
    let mut mistakes = Mistakes::new(&answer.expected);
    let (mut solution, hints) = work(&t, d.question, &mut mistakes)?;
    let from_cdf = matches!(
        d.question,
        Question::PointFromCdf(_) | Question::ClosedFromCdf(..)
    );
    let m = t.m();
    let prompt = if from_cdf {
        vec![
            Line::text(format!(
                "A random variable X takes the values 0, 1, …, {m}. Its cumulative \
                 distribution function "
            ))
            .m("F(x) = P(X ≤ x)")
            .t(" is"),
            cdf_line(&t),
            Line::text("Find ").m(event_text(d.question)).t("."),
        ]
    } else {
        vec![
            Line::text(format!(
                "A random variable X takes the values 0, 1, …, {m} with these probabilities:"
            )),
            t.pmf.line(),
            Line::text("Find ").m(event_text(d.question)).t("."),
        ]
    };
    solution.push(Line::text("Answer: ").m(format!(
        "{} = {}",
        event_text(d.question),
        num(answer.expected.as_scalar().unwrap_or(Scalar::ZERO))
    )));
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for PmfCdf {
    fn id(&self) -> &'static str {
        "prob.pmf_cdf"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::near;
    use crate::exercises::common::testing::soundness_with;

    /// Whether the value `x` is in the question's event: the event's definition, not the
    /// generator's cdf differences.
    fn in_event(q: Question, x: i64) -> bool {
        match q {
            Question::AtMost(k) => x <= k,
            Question::Above(k) => x > k,
            Question::Between(a, b) => a < x && x <= b,
            Question::PointFromCdf(k) => x == k,
            Question::ClosedFromCdf(a, b) => a <= x && x <= b,
        }
    }

    #[test]
    fn event_probabilities_add_their_values_and_mistakes_appear() {
        let mut names = Seen::default();
        let mut questions = std::collections::HashSet::new();
        soundness_with(
            &PmfCdf,
            &[1, 2, 3],
            draw,
            |_, d| build(d),
            |level, d, draft, ctx| {
                let want: f64 = (0..d.counts.len() as i64)
                    .filter(|&x| in_event(d.question, x))
                    .map(|x| d.counts[x as usize] as f64 / d.total as f64)
                    .sum();
                let got = draft.answer.expected.as_scalar().unwrap().to_f64();
                assert!(near(got, want), "{ctx}: {got} vs {want}");
                assert!(want > 0.0 && want < 1.0, "{ctx}");
                let (ms, total): (&[usize], i64) = match level {
                    1 => (&[4, 5], 10),
                    2 => (&[5, 6], 20),
                    _ => (&[5, 6, 7], 20),
                };
                assert!(ms.contains(&d.counts.len()), "{ctx}");
                assert_eq!(d.total, total, "{ctx}");
                assert!(d.counts.iter().all(|&c| c >= 1), "{ctx}");
                // The last hint is the last step: the sum or difference with this table's numbers.
                let last = draft.hints.last().unwrap();
                let event = event_text(d.question);
                assert!(last.starts_with(&format!("{event} = ")), "{ctx}: {last}");
                assert!(
                    last.contains(" + ") || last.contains(" − "),
                    "{ctx}: {last}"
                );
                questions.insert(std::mem::discriminant(&d.question));
                names.note(draft);
            },
        );
        assert_eq!(questions.len(), 5);
        names.assert_all(&[
            "endpoint_left_out",
            "endpoint_included",
            "complement",
            "single_value",
            "cdf_as_pmf",
            "shifted_difference",
            "lower_end_ignored",
        ]);
    }

    #[test]
    fn a_worked_example() {
        let d = Drawn {
            counts: vec![1, 3, 4, 2],
            total: 10,
            question: Question::AtMost(2),
            missing: None,
        };
        let draft = build(&d).unwrap();
        assert_eq!(draft.answer.canonical_text(), "0.8");
        assert_eq!(
            draft.solution[1],
            math_line("P(X ≤ 2) = P(X = 0) + P(X = 1) + P(X = 2) = 0.1 + 0.3 + 0.4 = 0.8")
        );
        assert_eq!(draft.hints[1], "P(X ≤ 2) = 0.1 + 0.3 + 0.4: add these.");
    }
}
