//! `la.null_space`: a basis of the null space `{x : A·x = 0}`.
//!
//! Row-reduce A; every column without a pivot is a free variable. Each basis vector sets one free
//! variable to 1 and the others to 0, and each pivot variable to minus the RREF entry in that free
//! column. Any basis of the same subspace is accepted (`Equivalence::Span`).
//!
//! `A` comes from `nice_rank::with_rank` (integer RREF, no zero row or column). Level 1: 2×3 of
//! rank 1 or 2. Level 2: 3×3 of rank 1 or 2. Level 3: 3×4 of rank 1 or 2. Entries within ±9.

use super::super::common::{Mistakes, elimination_lines, judged_same, math_line, num, row_op_text};
use super::super::text::linear_combination;
use super::common::{names, tol};
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::expr::Value;
use crate::math::linalg::solve::basis_from_rref;
use crate::math::linalg::{nice_rank, rref};
use crate::math::{Matrix, Scalar};

pub struct NullSpace;

/// A basis as the answer value: a set of vectors.
fn basis_value(vectors: &[Vec<Scalar>]) -> Value {
    Value::Set(vectors.iter().cloned().map(Value::Vector).collect())
}

/// The slip of not moving the free terms across: every pivot entry of `basis` with its sign
/// flipped (`xₚ = +r·x_free` instead of `−r·x_free`).
fn pivot_signs_flipped(basis: &[Vec<Scalar>], pivots: &[usize]) -> Vec<Vec<Scalar>> {
    basis
        .iter()
        .map(|v| {
            let mut w = v.clone();
            for &p in pivots {
                w[p] = -w[p];
            }
            w
        })
        .collect()
}

/// The canonical answer text with its first number moved by 1% (0 becomes 0.01), as the
/// soundness check does: the answer must be sensitive to it.
fn first_number_moved(basis: &[Vec<Scalar>]) -> Vec<Vec<Scalar>> {
    let mut moved = basis.to_vec();
    if let Some(x) = moved.first_mut().and_then(|v| v.first_mut()) {
        *x = if x.is_zero() {
            Scalar::frac(1, 100)
        } else {
            *x * Scalar::frac(101, 100)
        };
    }
    moved
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Matrix, GenError> {
    let (m, n) = match level {
        1 => (2, 3),
        2 => (3, 3),
        3 => (3, 4),
        l => return Err(GenError::Level(l)),
    };
    let r = 1 + rng.index(2);
    nice_rank::with_rank(rng, m, n, r, 2, 9).ok_or(GenError::Redraw("no matrix"))
}

impl Exercise for NullSpace {
    fn id(&self) -> &'static str {
        "la.null_space"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let a = draw(level, rng)?;
        let n = a.ncols();
        let e = rref(&a);
        let r = &e.rref;
        let basis = basis_from_rref(r, &e.pivots, n);
        if basis.is_empty() {
            return Err(GenError::Redraw("trivial null space"));
        }
        let eq = Equivalence::Span(tol());
        let expected = basis_value(&basis);
        if judged_same(&basis_value(&first_number_moved(&basis)), &expected, &eq) {
            return Err(GenError::Redraw(
                "the answer is insensitive to its first number",
            ));
        }
        let answer = AnswerSpec::with(expected.clone(), eq.clone());
        let free: Vec<usize> = (0..n).filter(|c| !e.pivots.contains(c)).collect();
        let xs = names("x", n);

        let mut mistakes = Mistakes::under(&expected, &eq);
        mistakes.require(
            "sign_not_flipped",
            basis_value(&pivot_signs_flipped(&basis, &e.pivots)),
            "The pivot entries have the wrong sign. A pivot row reads xₚ + r·x_free = 0, so \
             xₚ = −r·x_free: move the free terms to the other side, changing their sign.",
        )?;
        let row_space: Vec<Vec<Scalar>> = (0..e.rank()).map(|i| r.row(i).to_vec()).collect();
        mistakes.optional(
            "row_space",
            basis_value(&row_space),
            "Those are the nonzero rows of the RREF: a basis of the row space, which is \
             perpendicular to the null space. Solve A·x = 0 instead: set each free variable to 1 \
             in turn and read off the pivot variables.",
        );
        if basis.len() >= 2 {
            mistakes.optional(
                "missing_vector",
                basis_value(&basis[..1]),
                format!(
                    "A basis vector is missing: there are {} free variables ({}), and the basis \
                     has one vector for each.",
                    free.len(),
                    free.iter()
                        .map(|&f| xs[f].clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
        let pivot_columns: Vec<Vec<Scalar>> = e.pivots.iter().map(|&p| a.col(p)).collect();
        mistakes.optional(
            "column_space",
            basis_value(&pivot_columns),
            "Those are the pivot columns of A: a basis of the column space (the outputs A·x), not \
             of the null space (the inputs with A·x = 0).",
        );

        let prompt = vec![
            Line::text("Find a basis of the null space of A, the set of all x with A·x = 0:"),
            Line::new().m("A = ").v(a.clone()),
            Line::text(format!(
                "Type the basis as a set of vectors, like {}; any basis of the null space \
                 is right (one vector may be typed alone, like [1, 2, 3]).",
                if n == 3 {
                    "{[1, 0, 2], [0, 1, -1]}"
                } else {
                    "{[1, 0, 2, 0], [0, 1, -1, 3]}"
                }
            )),
        ];
        let mut solution = vec![Line::text("Row-reduce A:")];
        solution.extend(elimination_lines(&a, &e.ops));
        let list = |cols: &[usize]| {
            cols.iter()
                .map(|&c| xs[c].clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        solution.push(Line::text(format!(
            "Pivot variables: {}. Free variables: {}.",
            list(&e.pivots),
            list(&free)
        )));
        let free_names: Vec<String> = free.iter().map(|&f| xs[f].clone()).collect();
        let equations: Vec<String> = e
            .pivots
            .iter()
            .enumerate()
            .map(|(row, &p)| {
                let coefs: Vec<Scalar> = free.iter().map(|&f| -r.get(row, f)).collect();
                format!(
                    "{} = {}",
                    xs[p],
                    linear_combination(&coefs, &free_names, "·")
                )
            })
            .collect();
        let mut moved = Line::text("The pivot rows, with the free terms moved across: ");
        moved.0.extend(math_line(&equations.join(",   ")).0);
        solution.push(moved);
        for (k, v) in basis.iter().enumerate() {
            let setting: Vec<String> = free
                .iter()
                .enumerate()
                .map(|(t, &f)| format!("{} = {}", xs[f], num(Scalar::int(i64::from(t == k)))))
                .collect();
            solution.push(
                Line::new()
                    .m(format!("{}:  ", setting.join(", ")))
                    .v(Value::Vector(v.clone())),
            );
        }
        solution.push(Line::new().m("A basis of the null space: ").v(expected));
        solution.push(Line::math(format!(
            "Check: A·v = 0 for each; dim = n − rank = {} − {} = {}.",
            n,
            e.rank(),
            basis.len()
        )));
        let first = e.ops.first().map(row_op_text).unwrap_or_default();
        let hints = vec![
            format!("Row-reduce A, starting with {first}."),
            format!(
                "rank A = {}, so there {} {} free variable{} and the basis has {} vector{}.",
                e.rank(),
                if basis.len() == 1 { "is" } else { "are" },
                basis.len(),
                if basis.len() == 1 { "" } else { "s" },
                basis.len(),
                if basis.len() == 1 { "" } else { "s" }
            ),
            format!(
                "The pivot rows give {}: set one free variable to 1 and the others to 0, in turn.",
                equations.join(", ")
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
    use super::super::super::common::scalars;
    use super::super::super::common::testing::{max_int, prompt_matrices, soundness};
    use super::*;

    #[test]
    fn bases_span_the_null_space() {
        let mut dims = [0usize; 4];
        soundness(&NullSpace, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let Value::Set(items) = &d.answer.expected else {
                panic!("{ctx}: set answer")
            };
            let vs: Vec<Vec<f64>> = items
                .iter()
                .map(|v| match v {
                    Value::Vector(x) => x.iter().map(Scalar::to_f64).collect(),
                    _ => panic!("{ctx}: vectors"),
                })
                .collect();
            // Independent check with nalgebra: A·v = 0, the vectors independent, and as many as
            // n − rank A.
            let na = a.to_nalgebra();
            let n = na.ncols();
            assert_eq!(vs.len(), n - na.rank(1e-9), "{ctx}");
            let basis = nalgebra::DMatrix::from_fn(n, vs.len(), |i, j| vs[j][i]);
            assert!((&na * &basis).abs().max() < 1e-12, "{ctx}");
            assert_eq!(basis.rank(1e-9), vs.len(), "{ctx}");
            assert!(max_int(a) <= 9, "{ctx}");
            let shape = [(2, 3), (3, 3), (3, 4)][level as usize - 1];
            assert_eq!(a.shape(), shape, "{ctx}");
            dims[vs.len()] += 1;
        });
        assert!(dims[1] > 100 && dims[2] > 100 && dims[3] > 50, "{dims:?}");
    }

    #[test]
    fn any_basis_is_accepted_and_the_slips_are_not() {
        // RREF [[1, 0, −1], [0, 1, 2]]: x₃ free, basis {(1, −2, 1)}.
        let r = Matrix::from_ints(&[[1, 0, -1], [0, 1, 2]]);
        let basis = basis_from_rref(&r, &[0, 1], 3);
        assert_eq!(basis, vec![scalars(&[1, -2, 1])]);
        let eq = Equivalence::Span(tol());
        let expected = basis_value(&basis);
        assert!(judged_same(
            &basis_value(&[scalars(&[-2, 4, -2])]),
            &expected,
            &eq
        ));
        let slip = pivot_signs_flipped(&basis, &[0, 1]);
        assert_eq!(slip, vec![scalars(&[-1, 2, 1])]);
        assert!(!judged_same(&basis_value(&slip), &expected, &eq));
    }
}
