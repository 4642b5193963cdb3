//! `la.rank`: the rank of an integer matrix, the number of pivots after row reduction (= the
//! number of linearly independent rows = of independent columns).
//!
//! Built backwards with `nice_rank::with_rank` (`A = B·C`), so the rank is chosen and row
//! reduction stays in integers. Level 1: 3×3 of rank 1 or 2. Level 2: 3×4 or 4×3 of rank 1 or 2.
//! Level 3: 4×4 or 4×5 of rank 2 or 3. Entries within ±9, no zero row or column.

use super::super::common::{Mistakes, elimination_lines, matrix_text, num, plural, row_op_text};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::Matrix;
use crate::math::linalg::{nice_rank, rref};

pub struct Rank;

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Matrix, usize), GenError> {
    let ((m, n), r) = match level {
        1 => ((3, 3), 1 + rng.index(2)),
        2 => (*rng.pick(&[(3, 4), (4, 3)]), 1 + rng.index(2)),
        3 => (*rng.pick(&[(4, 4), (4, 5)]), 2 + rng.index(2)),
        l => return Err(GenError::Level(l)),
    };
    let a = nice_rank::with_rank(rng, m, n, r, 2, 9).ok_or(GenError::Redraw("no matrix"))?;
    Ok((a, r))
}

impl Exercise for Rank {
    fn id(&self) -> &'static str {
        "la.rank"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (a, r) = draw(level, rng)?;
        let (m, n) = a.shape();
        let e = rref(&a);
        if e.rank() != r {
            return Err(GenError::Redraw("rank differs from the construction"));
        }
        let answer = AnswerSpec::integer(r as i64);
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.optional(
            "rows",
            crate::math::Scalar::int(m as i64),
            format!(
                "That is the number of rows of A ({m}), all of them nonzero. The rank counts \
                 only the independent rows: row-reduce A and count the pivots; a row that is a \
                 combination of others becomes a zero row."
            ),
        );
        mistakes.optional(
            "nullity",
            crate::math::Scalar::int((n - r) as i64),
            format!(
                "That is n − rank = {} − {r}, the number of free variables (the dimension of \
                 the null space). The rank is the number of pivots.",
                n
            ),
        );
        mistakes.optional(
            "columns",
            crate::math::Scalar::int(n as i64),
            format!(
                "That is the number of columns of A ({n}). The rank is the number of pivots \
                 after row reduction, at most min(m, n) = {}.",
                m.min(n)
            ),
        );

        let prompt = vec![
            Line::text("Find the rank of"),
            Line::new().m("A = ").v(a.clone()),
        ];
        let mut solution = vec![Line::text(
            "Row-reduce A; the rank is the number of pivots (leading 1s) left:",
        )];
        solution.extend(elimination_lines(&a, &e.ops));
        let pivot_cols: Vec<String> = e.pivots.iter().map(|p| (p + 1).to_string()).collect();
        solution.push(Line::text(format!(
            "The pivots are in {} {}; {} of A became zero.",
            if r == 1 { "column" } else { "columns" },
            pivot_cols.join(", "),
            plural(m - r, "row")
        )));
        solution.push(Line::math(format!(
            "rank A = number of pivots = {}",
            num(crate::math::Scalar::int(r as i64))
        )));
        let first = e.ops.first().map(row_op_text).unwrap_or_default();
        let hints = vec![
            format!("Start the elimination with {first}, then keep clearing the pivot columns."),
            format!(
                "The elimination ends at {}: count its pivots.",
                matrix_text(&e.rref)
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
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{max_int, prompt_matrices, soundness};
    use super::*;

    #[test]
    fn ranks_agree_with_nalgebra() {
        let mut seen = [0usize; 4];
        soundness(&Rank, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let r = d.answer.expected.as_scalar().unwrap().as_integer().unwrap();
            assert_eq!(a.to_nalgebra().rank(1e-9) as i64, r, "{ctx}");
            assert!(max_int(a) <= 9, "{ctx}");
            let (m, n) = a.shape();
            assert!(r < m.min(n) as i64, "{ctx}: rank-deficient by design");
            let shapes: &[(usize, usize)] = match level {
                1 => &[(3, 3)],
                2 => &[(3, 4), (4, 3)],
                _ => &[(4, 4), (4, 5)],
            };
            assert!(shapes.contains(&(m, n)), "{ctx}");
            seen[r as usize] += 1;
        });
        assert!(seen[1] > 100 && seen[2] > 100 && seen[3] > 100, "{seen:?}");
    }
}
