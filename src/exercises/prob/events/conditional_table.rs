//! `prob.conditional_table`: a conditional probability `P(A|B)` read from a two-way table of
//! counts: the count of both over the count of the condition.
//!
//! The condition is always named `B` and the asked event `A`, so that the catalog's hints (which
//! speak of `P(A|B)`) follow the question; which of them is a set of rows and which a set of
//! columns varies. Level 1: a 2×2 table (counts 1–20), the condition a column. Level 2: a 3×3
//! table (counts 1–40), the condition a row or a column. Level 3: a 3×3 table (counts 2–50) where
//! the condition is one of two categories (`got better or stayed the same`), a row or a column.
//! Answers are exact fractions.
//!
//! Named mistakes: the reverse conditional; the joint probability (the count of both over the
//! grand total); the asked event's probability with the condition ignored; at level 3, the mean
//! of the two categories' conditionals instead of pooling their counts.

use super::scenarios::{SETTINGS, TwoWay, draw_setting};
use super::writing::{answer_value, count_fraction, result_line};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, plural_noun};
use crate::math::Scalar;

pub struct ConditionalTable;

#[derive(Clone, Debug)]
pub struct Params {
    pub setting: usize,
    pub counts: Vec<Vec<i64>>,
    /// The rows and the columns that make up the two events.
    pub a: Vec<usize>,
    pub b: Vec<usize>,
    /// Whether the condition is the set of columns `b` (else the rows `a`); it is named `B`.
    pub given_b: bool,
}

/// Two distinct indices below 3, in order.
fn two_of_three(rng: &mut DrillRng) -> Vec<usize> {
    let skip = rng.index(3);
    (0..3).filter(|&i| i != skip).collect()
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (size, lo, hi) = match level {
        1 => (2, 1, 20),
        2 => (3, 1, 40),
        3 => (3, 2, 50),
        l => return Err(GenError::Level(l)),
    };
    let setting = draw_setting(rng);
    let counts: Vec<Vec<i64>> = (0..size)
        .map(|_| (0..size).map(|_| rng.int(lo, hi)).collect())
        .collect();
    let given_b = level == 1 || rng.chance(1, 2);
    let single = |rng: &mut DrillRng| vec![rng.index(size)];
    let (a, b) = match (level, given_b) {
        (3, true) => (single(rng), two_of_three(rng)),
        (3, false) => (two_of_three(rng), single(rng)),
        _ => (single(rng), single(rng)),
    };
    Ok(Params {
        setting,
        counts,
        a,
        b,
        given_b,
    })
}

/// Sums of the table over sets of rows and columns.
struct Sums<'a> {
    counts: &'a [Vec<i64>],
}

impl Sums<'_> {
    fn cells(&self, rows: &[usize], cols: &[usize]) -> Vec<i64> {
        rows.iter()
            .flat_map(|&i| cols.iter().map(move |&j| self.counts[i][j]))
            .collect()
    }
    fn all_cols(&self) -> Vec<usize> {
        (0..self.counts[0].len()).collect()
    }
    fn all_rows(&self) -> Vec<usize> {
        (0..self.counts.len()).collect()
    }
}

/// The predicate of a union of categories, the words its parts share at the start said once:
/// `is in the first year or the second year`, `has the basic plan or the standard plan`,
/// `got better or stayed the same`. An article (`the`, `a`) stays with each part.
/// (A candidate for [`TwoWay::predicate`], which repeats the shared words.)
fn union_predicate(set: &TwoWay, by_row: bool, which: &[usize]) -> String {
    let cats = if by_row { &set.rows } else { &set.cols };
    let parts: Vec<Vec<&str>> = which
        .iter()
        .map(|&i| cats[i].1.split(' ').collect())
        .collect();
    let Some(first) = parts.first() else {
        return String::new();
    };
    let mut shared = (0..first.len())
        .take_while(|&k| parts.iter().all(|p| p.len() > k + 1 && p[k] == first[k]))
        .count();
    while shared > 0 && ["the", "a", "an"].contains(&first[shared - 1]) {
        shared -= 1;
    }
    let rest: Vec<String> = parts.iter().map(|p| p[shared..].join(" ")).collect();
    let head = first[..shared].join(" ");
    let tail = rest.join(" or ");
    if head.is_empty() {
        tail
    } else {
        format!("{head} {tail}")
    }
}

/// `12 + 8 = 20`, or `20` for a single count.
fn sum_text(parts: &[i64]) -> String {
    let total: i64 = parts.iter().sum();
    if parts.len() == 1 {
        return total.to_string();
    }
    let terms: Vec<String> = parts.iter().map(i64::to_string).collect();
    format!("{} = {total}", terms.join(" + "))
}

pub fn build(_level: u8, q: &Params) -> Result<Draft, GenError> {
    let set: &TwoWay = &SETTINGS[q.setting];
    let s = Sums { counts: &q.counts };
    let (rows_all, cols_all) = (s.all_rows(), s.all_cols());
    let joint_cells = s.cells(&q.a, &q.b);
    let a_cells = s.cells(&q.a, &cols_all);
    let b_cells = s.cells(&rows_all, &q.b);
    let total: i64 = q.counts.iter().flatten().sum();
    let sum = |v: &[i64]| v.iter().sum::<i64>();
    let (joint, a_n, b_n) = (sum(&joint_cells), sum(&a_cells), sum(&b_cells));
    let (given_n, target_n, given_cells) = if q.given_b {
        (b_n, a_n, &b_cells)
    } else {
        (a_n, b_n, &a_cells)
    };
    // The condition is named B whether it is a set of rows or of columns.
    let (given, target) = ("B", "A");
    let asked = format!("P({target}|{given})");
    let value = Scalar::frac(joint, given_n);
    let answer = AnswerSpec::scalar(answer_value(value));

    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "reversed_conditional",
        Scalar::frac(joint, target_n),
        format!(
            "That is P({given}|{target}), the reverse conditional: it divides by the count of \
             {target}. {asked} is a share of the {} with {given}.",
            set.plural
        ),
    )?;
    mistakes.require(
        "joint_over_total",
        Scalar::frac(joint, total),
        format!(
            "That is P(A and B): the count of both divided by all {total} {}. Given {given}, \
             divide by the count of {given} only.",
            set.plural
        ),
    )?;
    mistakes.optional(
        "condition_ignored",
        Scalar::frac(target_n, total),
        format!(
            "That is P({target}), the share of {target} among everyone: the condition {given} \
             was ignored. Look only at the {} with {given}.",
            set.plural
        ),
    );
    // The categories of the condition, one by one (level 3: the condition is two of them).
    let given_set = if q.given_b { &q.b } else { &q.a };
    if given_set.len() == 2 {
        let part = |k: usize| {
            let one = [given_set[k]];
            let (cells, of) = if q.given_b {
                (s.cells(&q.a, &one), s.cells(&rows_all, &one))
            } else {
                (s.cells(&one, &q.b), s.cells(&one, &cols_all))
            };
            Scalar::frac(sum(&cells), sum(&of))
        };
        mistakes.optional(
            "mean_of_conditionals",
            (part(0) + part(1)) * Scalar::frac(1, 2),
            format!(
                "That averages the shares of {target} in the two categories of {given}, but they \
                 hold different numbers of {}: add the counts first, then divide.",
                set.plural
            ),
        );
    }

    let mut prompt = set.table(&q.counts);
    prompt.push(Line::text(format!(
        "One of the {total} {} is picked at random.",
        set.plural
    )));
    let event = |name: &str, by_row: bool, which: &[usize]| {
        Line::new().m(name).t(format!(
            ": {} {}.",
            set.one,
            union_predicate(set, by_row, which)
        ))
    };
    let (target_set, by_row) = if q.given_b {
        (&q.a, true)
    } else {
        (&q.b, false)
    };
    prompt.push(event(target, by_row, target_set));
    prompt.push(event(given, !by_row, given_set));
    prompt.push(
        Line::text("Find ")
            .m(asked.clone())
            .t(", as a fraction or a decimal to 4 significant figures."),
    );

    let (given_axis, target_axis) = if q.given_b {
        ("column", "row")
    } else {
        ("row", "column")
    };
    let given_label = set.label(!q.given_b, given_set);
    let target_label = set.label(q.given_b, if q.given_b { &q.a } else { &q.b });
    let plural_axis = |axis: &str, set: &[usize]| {
        if set.len() == 1 {
            axis.to_string()
        } else {
            plural_noun(axis)
        }
    };
    let solution = vec![
        Line::text("Given ").m(given).t(format!(
            ", only the {} with {given} count: the {} {given_label}.",
            set.plural,
            plural_axis(given_axis, given_set),
        )),
        Line::text("There are ")
            .m(sum_text(given_cells))
            .t(" of them, and ")
            .m(sum_text(&joint_cells))
            .t(format!(
                " of these are also in the {target_axis} {target_label} ("
            ))
            .m(format!("{target} and {given}"))
            .t(")."),
        result_line(&asked, &count_fraction(joint, given_n), value),
    ];
    let hints = vec![
        format!(
            "{asked} is a share of the {} with {given} only: its denominator is the count of \
             {given}, not all {total}.",
            set.plural
        ),
        format!(
            "{given} holds for {given_n} {}, and {joint} of them also have {target}: what share \
             is that?",
            set.plural
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for ConditionalTable {
    fn id(&self) -> &'static str {
        "prob.conditional_table"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{
        Seen, answer_f64, assert_close, last_hint, soundness_with,
    };

    #[test]
    fn conditionals_match_counting_cells_in_f64() {
        let mut seen = Seen::default();
        let mut directions = [0usize; 2];
        soundness_with(
            &ConditionalTable,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                let n = q.counts.len();
                assert_eq!(n, if level == 1 { 2 } else { 3 }, "{ctx}");
                let (lo, hi) = [(1, 20), (1, 40), (2, 50)][level as usize - 1];
                assert!(
                    q.counts.iter().flatten().all(|&c| (lo..=hi).contains(&c)),
                    "{ctx}"
                );
                // Independent: filter the cells by membership and add in f64.
                let (mut both, mut given) = (0.0, 0.0);
                for i in 0..n {
                    for j in 0..n {
                        let (in_a, in_b) = (q.a.contains(&i), q.b.contains(&j));
                        let c = q.counts[i][j] as f64;
                        if in_a && in_b {
                            both += c;
                        }
                        if (q.given_b && in_b) || (!q.given_b && in_a) {
                            given += c;
                        }
                    }
                }
                assert_close(answer_f64(d), both / given, ctx);
                let given_len = if q.given_b { q.b.len() } else { q.a.len() };
                assert_eq!(given_len, if level == 3 { 2 } else { 1 }, "{ctx}");
                assert!(
                    last_hint(d).contains(&format!("holds for {given} ")),
                    "{ctx}: {}",
                    last_hint(d)
                );
                directions[usize::from(q.given_b)] += 1;
                // The question is P(A|B) whichever axis holds the condition, as the catalog's
                // hints say, and a union of categories says its shared words once.
                let prompt = format!("{:?}", d.prompt);
                assert!(
                    prompt.contains("P(A|B)") && !prompt.contains("P(B|A)"),
                    "{ctx}"
                );

                seen.note(d);
            },
        );
        assert!(directions[0] > 200 && directions[1] > 600, "{directions:?}");
        // A union says the words its parts share at the start once, in every setting.
        for set in SETTINGS {
            for by_row in [true, false] {
                for pair in [[0, 1], [0, 2], [1, 2]] {
                    let text = union_predicate(set, by_row, &pair);
                    let (first, second) = text.split_once(" or ").unwrap();
                    let head = first.split(' ').next().unwrap();
                    assert!(!second.starts_with(&format!("{head} ")), "{text}");
                }
            }
        }
        let students = &SETTINGS[3];
        assert_eq!(
            union_predicate(students, true, &[0, 1]),
            "is in the first year or the second year"
        );
        assert_eq!(
            union_predicate(students, false, &[0, 1]),
            "passed the exam or resat the exam"
        );
        assert_eq!(
            union_predicate(students, true, &[2]),
            "is in the third year"
        );
        assert_eq!(
            union_predicate(&SETTINGS[2], false, &[0, 2]),
            "was opened on a phone or a tablet"
        );
        seen.assert_all(&[
            "reversed_conditional",
            "joint_over_total",
            "condition_ignored",
            "mean_of_conditionals",
        ]);
    }
}
