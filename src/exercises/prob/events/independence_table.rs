//! `prob.independence_table`: are the events `A` (a row) and `B` (a column) of a two-way table
//! of counts independent? Yes exactly when `P(A and B) = P(A)·P(B)`, equivalently
//! `P(A|B) = P(A)`.
//!
//! Independent tables are built exactly: cell `(i, j)` is `m·rᵢ·cⱼ` for row and column weights
//! `r`, `c`, so every row is proportional to every other. Dependent ones move `d` counts around
//! a 2×2 block through the cell of `A and B` (`+d, −d; −d, +d`), which keeps every row and
//! column total, so `P(A)` and `P(B)` stay those of an independent table and only the joint
//! count tells. Each is drawn half the time.
//! Level 1: 2×2, weights 1–4, `m` 2–5, a visible shift (`d` at least a quarter of the cell).
//! Level 2: 2×2, weights 1–6, `m` 2–6, `d` 1–3. Level 3: 3×3, weights 1–4, `m` 1–3, `d` 1–2.

use super::scenarios::{SETTINGS, draw_setting};
use super::writing::count_fraction;
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, num, product};
use crate::expr::Value;
use crate::math::Scalar;

pub struct IndependenceTable;

#[derive(Clone, Debug)]
pub struct Params {
    pub setting: usize,
    pub counts: Vec<Vec<i64>>,
    pub a: usize,
    pub b: usize,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (size, wmax, (mlo, mhi)) = match level {
        1 => (2, 4, (2, 5)),
        2 => (2, 6, (2, 6)),
        3 => (3, 4, (1, 3)),
        l => return Err(GenError::Level(l)),
    };
    let setting = draw_setting(rng);
    let r: Vec<i64> = (0..size).map(|_| rng.int(1, wmax)).collect();
    let c: Vec<i64> = (0..size).map(|_| rng.int(1, wmax)).collect();
    let m = rng.int(mlo, mhi);
    let mut counts: Vec<Vec<i64>> = r
        .iter()
        .map(|&ri| c.iter().map(|&cj| m * ri * cj).collect())
        .collect();
    let (a, b) = (rng.index(size), rng.index(size));
    let independent = rng.chance(1, 2);
    if !independent {
        // The other row and column of the block.
        let a2 = (a + 1 + rng.index(size - 1)) % size;
        let b2 = (b + 1 + rng.index(size - 1)) % size;
        let d = match level {
            1 => rng.int((counts[a][b] / 4).max(1), (counts[a][b] / 2).max(1)),
            2 => rng.int(1, 3),
            _ => rng.int(1, 2),
        } * rng.sign();
        counts[a][b] += d;
        counts[a2][b2] += d;
        counts[a][b2] -= d;
        counts[a2][b] -= d;
        if counts.iter().flatten().any(|&x| x < 1) {
            return Err(GenError::Redraw("a cell would be empty"));
        }
    }
    Ok(Params {
        setting,
        counts,
        a,
        b,
    })
}

/// `(12 + 28)/80`: a total of counts over the grand total.
fn share_of(parts: &[i64], total: i64) -> String {
    let terms: Vec<String> = parts.iter().map(i64::to_string).collect();
    format!("({})/{total}", terms.join(" + "))
}

pub fn build(_level: u8, q: &Params) -> Result<Draft, GenError> {
    let set = &SETTINGS[q.setting];
    let total: i64 = q.counts.iter().flatten().sum();
    let row: Vec<i64> = q.counts[q.a].clone();
    let col: Vec<i64> = q.counts.iter().map(|r| r[q.b]).collect();
    let (ra, cb, nab) = (
        row.iter().sum::<i64>(),
        col.iter().sum::<i64>(),
        q.counts[q.a][q.b],
    );
    let (pa, pb) = (Scalar::frac(ra, total), Scalar::frac(cb, total));
    let joint = Scalar::frac(nab, total);
    let prod = pa * pb;
    let independent = joint == prod;
    let answer = AnswerSpec::with(Value::Bool(independent), Equivalence::Exact);

    let mut mistakes = Mistakes::new(&answer.expected);
    if independent {
        mistakes.require(
            "called_dependent",
            Value::Bool(false),
            format!(
                "The counts differ from row to row, but independence is about proportions: \
                 here P(A and B) equals P(A)·P(B), so knowing B does not change the chance of A \
                 (each row of {} splits in the same proportions).",
                set.plural
            ),
        )?;
    } else {
        mistakes.require(
            "called_independent",
            Value::Bool(true),
            "Independence needs P(A and B) = P(A)·P(B) exactly, and here the two differ: \
             knowing B changes the chance of A (compare P(A|B) with P(A)).",
        )?;
    }

    let mut prompt = set.table(&q.counts);
    prompt.push(Line::text(format!(
        "One of the {total} {} is picked at random.",
        set.plural
    )));
    prompt.push(set.event_line("A", true, &[q.a]));
    prompt.push(set.event_line("B", false, &[q.b]));
    prompt.push(
        Line::text("Are the events ")
            .m("A")
            .t(" and ")
            .m("B")
            .t(" independent? Answer yes or no."),
    );

    let pa_steps = [vec![share_of(&row, total)], count_fraction(ra, total)].concat();
    let pb_steps = [vec![share_of(&col, total)], count_fraction(cb, total)].concat();
    let mut solution = vec![
        Line::text("Independent means ")
            .m("P(A and B) = P(A)·P(B)")
            .t(", or equivalently ")
            .m("P(A|B) = P(A)")
            .t("."),
        math_line(&chain("P(A)", &pa_steps)),
        math_line(&chain("P(B)", &pb_steps)),
        math_line(&chain("P(A)·P(B)", &[product(&[pa, pb]), num(prod)])),
        math_line(&chain("P(A and B)", &count_fraction(nab, total))),
    ];
    let conditional = chain("P(A|B)", &count_fraction(nab, cb));
    solution.push(if independent {
        Line::text("They are equal: ")
            .m("P(A and B) = P(A)·P(B)")
            .t(". Check: ")
            .m(conditional)
            .t(", the same as ")
            .m("P(A)")
            .t(".")
    } else {
        Line::text("They differ: ")
            .m("P(A and B) ≠ P(A)·P(B)")
            .t(". Check: ")
            .m(conditional)
            .t(", while ")
            .m(format!("P(A) = {}", num(pa)))
            .t(".")
    });
    solution.push(
        Line::new()
            .m("A")
            .t(" and ")
            .m("B")
            .t(if independent {
                " are independent. Answer: "
            } else {
                " are dependent. Answer: "
            })
            .v(answer.expected.clone()),
    );
    let hints = vec![
        format!(
            "From the totals: P(A) is the share of row {} among all {total}, P(B) the share of \
             column {}, and P(A and B) the share of their common cell.",
            set.rows[q.a].0, set.cols[q.b].0
        ),
        format!(
            "P(A and B) = {} and P(A)·P(B) = {}: are they equal?",
            num(joint),
            product(&[pa, pb])
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

impl Exercise for IndependenceTable {
    fn id(&self) -> &'static str {
        "prob.independence_table"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, soundness_with};

    #[test]
    fn verdict_matches_an_f64_proportionality_test_and_both_occur() {
        let mut seen = Seen::default();
        let mut counts = [[0usize; 2]; 3];
        soundness_with(
            &IndependenceTable,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                let n = q.counts.len();
                assert_eq!(n, if level == 3 { 3 } else { 2 }, "{ctx}");
                assert!(
                    q.counts.iter().flatten().all(|&c| (1..=225).contains(&c)),
                    "{ctx}"
                );
                // Independent: every row proportional to every other (cross products in f64).
                let proportional = (0..n).all(|i| {
                    (0..n).all(|j| {
                        let x = |i: usize, j: usize| q.counts[i][j] as f64;
                        (x(i, j) * x(q.a, q.b) - x(i, q.b) * x(q.a, j)).abs() < 1e-9
                    })
                });
                assert_eq!(d.answer.expected, Value::Bool(proportional), "{ctx}");
                assert_eq!(d.mistakes.len(), 1, "{ctx}");
                assert_eq!(d.mistakes[0].answer, Value::Bool(!proportional), "{ctx}");
                let last = d.hints.last().unwrap();
                assert!(last.contains("are they equal?"), "{ctx}");
                counts[level as usize - 1][usize::from(proportional)] += 1;
                seen.note(d);
            },
        );
        for (level, [dep, ind]) in counts.iter().enumerate() {
            let share = *ind as f64 / (dep + ind) as f64;
            assert!(
                (0.4..0.6).contains(&share),
                "level {}: {ind} of {}",
                level + 1,
                dep + ind
            );
        }
        seen.assert_all(&["called_dependent", "called_independent"]);
    }
}
