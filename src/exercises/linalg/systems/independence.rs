//! `la.independence`: show that vectors are linearly dependent by finding a dependency
//! `c₁v₁ + … + cₖvₖ = 0` with `c ≠ 0`.
//!
//! The answer is the coefficient vector `c`, judged as a direction (any nonzero multiple is
//! right), which is what "the vectors are dependent" means concretely. The dependency has several
//! typical slips, each a different direction: moving the combined vector to the other side
//! without changing its sign, pairing the coefficients with the wrong vectors, or putting the
//! vectors in as rows. Deciding *whether* vectors are dependent is `la.independent_or_not`.
//!
//! Built backwards ([`super::dependency::draw_dependent`]): the matrix `V` with the vectors as
//! columns has rank `k − 1`, and the dependency is unique up to a multiple; every coefficient is
//! nonzero, within ±6.
//! Level 1: three vectors in R² (always dependent). Level 2: three vectors in R³.
//! Level 3: four vectors in R⁴. Entries within ±9.

use super::super::common::{Mistakes, matrix_text};
use super::super::text::linear_combination;
use super::common::{names, tol};
use super::dependency::{
    Combination, Dependent, dependency_lines, draw_dependent, elimination_solution, space,
    vectors_line,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::expr::Value;
use crate::math::linalg::{rref, solve};
use crate::math::{Matrix, Scalar};

pub struct Independence;

fn draw(level: u8, rng: &mut DrillRng) -> Result<Dependent, GenError> {
    let (k, dim) = match level {
        1 => (3, 2),
        2 => (3, 3),
        3 => (4, 4),
        l => return Err(GenError::Level(l)),
    };
    draw_dependent(rng, k, dim)
}

impl Exercise for Independence {
    fn id(&self) -> &'static str {
        "la.independence"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let drawn = draw(level, rng)?;
        let Dependent {
            vectors, combined, ..
        } = &drawn;
        let (k, combined) = (vectors.len(), *combined);
        let dim = vectors[0].len();
        let v = Matrix::from_columns(vectors).ok_or(GenError::Redraw("no matrix"))?;
        let c = solve::dependency(vectors).ok_or(GenError::Redraw("independent"))?;
        let eq = Equivalence::Direction(tol());
        let answer = AnswerSpec::with(Value::Vector(c.clone()), eq.clone());
        let vn = names("v", k);
        let cn = names("c", k);
        let Combination {
            others,
            a,
            text: as_combination,
        } = drawn.combination();

        let mut mistakes = Mistakes::under(&answer.expected, &eq);
        let mut flipped: Vec<Scalar> = c.clone();
        flipped[combined] = -flipped[combined];
        let mut moved = vec![-Scalar::ONE; k];
        for (t, &i) in others.iter().enumerate() {
            moved[i] = a[t];
        }
        mistakes.require(
            "sign_not_moved",
            flipped,
            format!(
                "The sign of c{} is wrong. From {as_combination}, moving {} to the left side \
                 gives {} = 0: its coefficient changes sign. Check that Σ cᵢvᵢ is the zero \
                 vector.",
                super::super::common::sub(combined + 1),
                vn[combined],
                linear_combination(&moved, &vn, "·")
            ),
        )?;
        if let Some((p, q)) = first_unequal_pair(&c, &others) {
            let mut swapped = c.clone();
            swapped.swap(p, q);
            mistakes.optional(
                "swapped_coefficients",
                swapped,
                format!(
                    "The coefficients of {} and {} are swapped. Each cᵢ belongs to the column \
                     vᵢ: read them off in the order of the columns.",
                    vn[p], vn[q]
                ),
            );
        }
        if k == dim
            && let Some(rows) = solve::dependency(&v.to_rows())
        {
            mistakes.optional(
                "vectors_as_rows",
                rows,
                "That is a dependency among the rows of the matrix whose columns are the \
                 vectors (the vectors were put in as rows). Put v₁, v₂, … in as COLUMNS and \
                 solve V·c = 0: then V·c = c₁v₁ + c₂v₂ + ….",
            );
        }
        mistakes.optional(
            "combination_only",
            a.clone(),
            format!(
                "Those are the coefficients of {as_combination}, which leaves out the \
                 coefficient of {} itself. Give all {k} coefficients of c₁v₁ + … = 0.",
                vn[combined]
            ),
        );

        let mut prompt = vec![Line::text(format!(
            "The vectors below are linearly dependent{}. Find numbers {}, not all zero, with",
            if k > dim {
                format!(" ({k} vectors in {} always are)", space(dim))
            } else {
                String::new()
            },
            cn.join(", ")
        ))];
        prompt.push(Line::math(format!(
            "{} = 0",
            (0..k)
                .map(|i| format!("{}{}", cn[i], vn[i]))
                .collect::<Vec<_>>()
                .join(" + ")
        )));
        prompt.push(vectors_line(vectors));
        prompt.push(Line::text(format!(
            "Type c as a vector [{}]; any nonzero multiple of a right answer is right.",
            cn.join(", ")
        )));

        let e = rref(&v);
        let free = (0..k)
            .find(|col| !e.pivots.contains(col))
            .ok_or(GenError::Redraw("no free column"))?;
        let mut solution = elimination_solution(&v, &e);
        solution.extend(dependency_lines(&drawn, &v, &e, &c)?);
        let hints = vec![
            format!(
                "Put the vectors as the columns of V and row-reduce; one column ({}) has no \
                 pivot, so {} is free.",
                free + 1,
                cn[free]
            ),
            format!(
                "V row-reduces to {}: with {} = 1, read off the other coefficients.",
                matrix_text(&e.rref),
                cn[free]
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

/// The first two positions among `among` whose coefficients differ.
fn first_unequal_pair(c: &[Scalar], among: &[usize]) -> Option<(usize, usize)> {
    among.iter().enumerate().find_map(|(t, &p)| {
        among[t + 1..]
            .iter()
            .find(|&&q| c[q] != c[p])
            .map(|&q| (p, q))
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::common::scalars;
    use super::super::super::common::testing::{f64_vector, prompt_vectors, soundness};
    use super::super::dependency::MAX_ENTRY;
    use super::*;

    #[test]
    fn dependencies_are_right() {
        soundness(&Independence, &[1, 2, 3], |level, d, ctx| {
            let vs = prompt_vectors(d);
            let (k, dim) = [(3, 2), (3, 3), (4, 4)][level as usize - 1];
            assert_eq!(vs.len(), k, "{ctx}");
            assert!(vs.iter().all(|v| v.len() == dim), "{ctx}");
            let Value::Vector(c) = &d.answer.expected else {
                panic!("{ctx}: vector answer")
            };
            // Independent check in f64 with nalgebra: V·c = 0, c ≠ 0, rank V = k − 1.
            let v = nalgebra::DMatrix::from_fn(dim, k, |i, j| vs[j][i].to_f64());
            let cv = f64_vector(c);
            assert!((&v * &cv).abs().max() < 1e-12, "{ctx}");
            assert!(cv.abs().max() > 0.0, "{ctx}");
            assert_eq!(v.rank(1e-9), k - 1, "{ctx}");
            assert!(c.iter().all(|x| !x.is_zero()), "{ctx}");
            assert!(v.abs().max() <= MAX_ENTRY as f64, "{ctx}");
            assert!(
                d.mistakes.iter().any(|m| m.name == "sign_not_moved"),
                "{ctx}"
            );
        });
    }

    #[test]
    fn unequal_pairs() {
        let c = scalars(&[2, 2, -1, 3]);
        assert_eq!(first_unequal_pair(&c, &[0, 1, 3]), Some((0, 3)));
        assert_eq!(first_unequal_pair(&c, &[0, 1]), None);
    }
}
