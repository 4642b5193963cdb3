//! `la.independent_or_not`: decide whether vectors are linearly independent (yes or no), with
//! the dependency, when there is one, as the explanation.
//!
//! Independent exactly when `V·c = 0` only for `c = 0`, where `V` has the vectors as its columns:
//! when row reduction leaves a pivot in every column. The worked solution row-reduces `V`; for
//! dependent vectors it reads the dependency off the RREF and writes one vector as a combination
//! of the others (shared with `la.independence`).
//!
//! Independent and dependent sets are drawn equally often (dependent ones with every vector in
//! the dependency, so no smaller subset gives it away; see
//! [`super::dependency::draw_dependent`]); both are integer matrices whose row reduction stays in
//! integers, entries within ±9.
//! Level 1: two vectors in R² or R³ (dependent means parallel).
//! Level 2: three vectors in R³.
//! Level 3: four vectors in R⁴, or (one time in four) four vectors in R³, which are always
//! dependent.
//!
//! A yes/no question has one wrong answer; its message names the reasoning that leads to it:
//! missing that one vector is a multiple of the other, missing a combination of several, not
//! counting vectors against dimensions, or calling vectors dependent although every column has a
//! pivot.

use super::super::common::{Mistakes, factor, matrix_text, num};
use super::common::names;
use super::dependency::{
    Dependent, MAX_ENTRY, dependency_lines, draw_dependent, elimination_solution, space,
    vectors_line,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::expr::Value;
use crate::math::linalg::{nice_rank, rref, solve};
use crate::math::{Matrix, Scalar};

pub struct IndependentOrNot;

/// The vectors, and their dependency when they have one.
struct Drawn {
    vectors: Vec<Vec<Scalar>>,
    dependency: Option<Dependent>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Drawn, GenError> {
    let (k, dim) = match level {
        1 => (2, 2 + rng.index(2)),
        2 => (3, 3),
        3 => (4, if rng.chance(1, 4) { 3 } else { 4 }),
        l => return Err(GenError::Level(l)),
    };
    if k > dim || rng.chance(1, 2) {
        let d = draw_dependent(rng, k, dim)?;
        return Ok(Drawn {
            vectors: d.vectors.clone(),
            dependency: Some(d),
        });
    }
    let v =
        nice_rank::with_rank(rng, dim, k, k, 2, MAX_ENTRY).ok_or(GenError::Redraw("no matrix"))?;
    Ok(Drawn {
        vectors: (0..k).map(|j| v.col(j)).collect(),
        dependency: None,
    })
}

/// Why `v₂` is not a multiple of `v₁` (for two non-parallel vectors): two entry ratios that
/// differ, `v₂ is not a multiple of v₁ (the entry ratios 1/(−1) = −1 and 4/(−2) = −2 differ)`,
/// or a zero entry of one where the other has none.
fn not_a_multiple(u: &[Scalar], v: &[Scalar]) -> String {
    let both: Vec<usize> = (0..u.len())
        .filter(|&i| !u[i].is_zero() && !v[i].is_zero())
        .collect();
    let ratio = |i: usize| v[i].checked_div(u[i]);
    let differing = both.iter().enumerate().find_map(|(t, &i)| {
        both[t + 1..]
            .iter()
            .find(|&&j| ratio(i) != ratio(j))
            .map(|&j| (i, j))
    });
    let reason = match differing {
        Some((i, j)) => {
            let shown = |i: usize| {
                format!(
                    "{}/{} = {}",
                    num(v[i]),
                    factor(u[i]),
                    ratio(i).map_or_else(String::new, num)
                )
            };
            format!("the entry ratios {} and {} differ", shown(i), shown(j))
        }
        None => "one has a zero entry where the other does not".to_string(),
    };
    format!("v₂ is not a multiple of v₁ ({reason})")
}

impl Exercise for IndependentOrNot {
    fn id(&self) -> &'static str {
        "la.independent_or_not"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let Drawn {
            vectors,
            dependency,
        } = draw(level, rng)?;
        let (k, dim) = (vectors.len(), vectors[0].len());
        let independent = dependency.is_none();
        let v = Matrix::from_columns(&vectors).ok_or(GenError::Redraw("no matrix"))?;
        let answer = AnswerSpec::with(Value::Bool(independent), Equivalence::Exact);
        let vn = names("v", k);
        // For two independent vectors, why neither is a multiple of the other.
        let pair_reason = (k == 2 && independent).then(|| not_a_multiple(&vectors[0], &vectors[1]));

        let mut mistakes = Mistakes::new(&answer.expected);
        let e = rref(&v);
        let mut solution = vec![Line::text(format!(
            "The vectors are independent exactly when V·c = 0 only for c = 0, that is when row \
             reduction leaves a pivot in every one of the {k} columns of V."
        ))];
        if k > dim {
            solution.push(Line::text(format!(
                "Shortcut: V has only {dim} rows, so at most {dim} pivots for its {k} columns: \
                 {k} vectors in {} are always dependent. Row reduction finds the dependency.",
                space(dim)
            )));
        }
        solution.extend(elimination_solution(&v, &e));
        match &dependency {
            Some(d) => {
                let c = solve::dependency(&vectors).ok_or(GenError::Redraw("independent"))?;
                let combination = d.combination().text;
                let (name, message) = if k > dim {
                    (
                        "more_vectors_than_entries",
                        format!(
                            "{k} vectors in {} are always dependent: V has {dim} rows, so at \
                             most {dim} of its {k} columns get a pivot. Here {combination}.",
                            space(dim)
                        ),
                    )
                } else if k == 2 {
                    (
                        "missed_multiple",
                        format!(
                            "{combination}: one vector is a multiple of the other, so they are \
                             dependent. Two vectors are independent exactly when neither is a \
                             multiple of the other."
                        ),
                    )
                } else {
                    (
                        "missed_combination",
                        format!(
                            "No two of these vectors are parallel, yet they are dependent: \
                             {combination}. Independence is about combinations of all of them, \
                             not pairs: row-reduce V and look for a column without a pivot."
                        ),
                    )
                };
                mistakes.require(name, Value::Bool(true), message)?;
                solution.extend(dependency_lines(d, &v, &e, &c)?);
            }
            None => {
                let why = match &pair_reason {
                    Some(reason) => format!("{reason}."),
                    None => "each column of V has a pivot after row reduction, so no vector is \
                             a combination of the others."
                        .to_string(),
                };
                mistakes.require(
                    "called_dependent",
                    Value::Bool(false),
                    format!(
                        "They are independent: {why} Then V·c = 0 only for c = 0. (Zero \
                         entries, equal entries or negative entries do not make vectors \
                         dependent.)"
                    ),
                )?;
                let pivots: Vec<String> = e.pivots.iter().map(|p| (p + 1).to_string()).collect();
                solution.push(
                    Line::text(format!(
                        "Every column has a pivot (columns {}): ",
                        pivots.join(", ")
                    ))
                    .m(format!("rank V = {k}"))
                    .t(", so the only solution of ")
                    .m("V·c = 0")
                    .t(" is ")
                    .m("c = 0")
                    .t("."),
                );
                if let Some(reason) = &pair_reason {
                    solution.push(Line::text(format!("Directly: {reason}.")));
                }
            }
        }
        let first_hint = if k > dim {
            format!("How many pivots can a matrix with {dim} rows have?")
        } else if k == 2 {
            "Two vectors are dependent exactly when one is a multiple of the other: compare the \
             ratios of their entries."
                .to_string()
        } else if independent {
            format!(
                "Row-reduce V = [{}] and look for a column without a pivot.",
                vn.join(" ")
            )
        } else {
            "Is one vector a combination of the others? A column of V without a pivot after row \
             reduction is exactly such a vector."
                .to_string()
        };
        let hints = vec![
            first_hint,
            format!(
                "V = [{}] row-reduces to {}: count its pivots.",
                vn.join(" "),
                matrix_text(&e.rref)
            ),
        ];
        solution.push(
            Line::new()
                .t(if independent {
                    "The vectors are linearly independent. Answer: "
                } else {
                    "The vectors are linearly dependent. Answer: "
                })
                .v(answer.expected.clone()),
        );
        let prompt = vec![
            Line::text(format!(
                "Are these {k} vectors in {} linearly independent?",
                space(dim)
            )),
            vectors_line(&vectors),
            Line::text("Answer yes or no."),
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
    use super::super::super::common::testing::{prompt_vectors, soundness};
    use super::*;

    #[test]
    fn the_verdict_matches_the_rank_in_nalgebra_and_both_occur() {
        let mut counts = [[0usize; 2]; 3];
        soundness(&IndependentOrNot, &[1, 2, 3], |level, d, ctx| {
            let vs = prompt_vectors(d);
            let k = vs.len();
            let dim = vs[0].len();
            assert_eq!(k, [2, 3, 4][level as usize - 1], "{ctx}");
            assert!(vs.iter().all(|v| v.len() == dim), "{ctx}");
            assert!(match level {
                1 => dim == 2 || dim == 3,
                2 => dim == 3,
                _ => dim == 3 || dim == 4,
            });
            // Independent check: rank of V in f64 with nalgebra.
            let v = nalgebra::DMatrix::from_fn(dim, k, |i, j| vs[j][i].to_f64());
            assert!(v.abs().max() <= MAX_ENTRY as f64, "{ctx}");
            assert!(
                vs.iter().all(|x| x.iter().any(|e| !e.is_zero())),
                "{ctx}: zero vector"
            );
            let independent = v.rank(1e-9) == k;
            assert_eq!(d.answer.expected, Value::Bool(independent), "{ctx}");
            assert_eq!(d.mistakes.len(), 1, "{ctx}");
            assert_eq!(d.mistakes[0].answer, Value::Bool(!independent), "{ctx}");
            if !independent {
                // every proper subset is independent: the set is dependent only as a whole
                for skip in 0..k {
                    let cols: Vec<usize> = (0..k).filter(|&j| j != skip).collect();
                    let sub =
                        nalgebra::DMatrix::from_fn(dim, k - 1, |i, j| vs[cols[j]][i].to_f64());
                    assert_eq!(sub.rank(1e-9), k - 1, "{ctx}: a subset is dependent");
                }
            }
            counts[level as usize - 1][usize::from(independent)] += 1;
        });
        for (level, [dep, ind]) in counts.iter().enumerate() {
            let total = (dep + ind) as f64;
            let share = *ind as f64 / total;
            let expected = if level == 2 { 0.375 } else { 0.5 };
            assert!(
                (share - expected).abs() < 0.05,
                "level {}: {ind} independent of {total}",
                level + 1
            );
        }
    }

    #[test]
    fn ratios_explain_non_parallel_pairs() {
        use crate::exercises::linalg::common::scalars;
        assert_eq!(
            not_a_multiple(&scalars(&[1, -2]), &scalars(&[3, 4])),
            "v₂ is not a multiple of v₁ (the entry ratios 3/1 = 3 and 4/(−2) = −2 differ)"
        );
        assert!(not_a_multiple(&scalars(&[1, 0]), &scalars(&[0, 4])).contains("zero entry"));
    }
}
