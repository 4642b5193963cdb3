//! `la.diagonalize`: given `A` and `P` whose columns are eigenvectors of `A`, find the diagonal
//! matrix `D = P⁻¹·A·P`.
//!
//! Built as `A = P·D·P⁻¹` with unimodular `P`. The eigenvalues on `D`'s diagonal follow the order
//! of `P`'s columns, drawn in random order (never sorted by the construction). Level 1: 2×2,
//! entries within ±9. Level 2: 3×3, distinct eigenvalues in −4..5, entries within ±10. Level 3:
//! 3×3 with a double eigenvalue (the single one at a random position of `D`).
//! The solution computes `A·pⱼ = λⱼ·pⱼ` column by column, so `A·P = P·D`.

use super::super::common::{Mistakes, diag, factor, math_line, num, scalars, sub, vector_text};
use super::super::text::mat_vec_work;
use super::common::{distinct_ints, spectral_draw, spectral_max_entry, two_eigenvalues};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::Scalar;
use crate::math::linalg::inverse;

pub struct Diagonalize;

fn draw(level: u8, rng: &mut DrillRng) -> Result<Vec<i64>, GenError> {
    Ok(match level {
        1 => two_eigenvalues(rng),
        2 => distinct_ints(rng, 3, -4, 5, false),
        3 => {
            let two = distinct_ints(rng, 2, -4, 5, false);
            // the single eigenvalue in a random place; the double one fills the other two
            let mut eigs = vec![two[0]; 3];
            eigs[rng.index(3)] = two[1];
            eigs
        }
        l => return Err(GenError::Level(l)),
    })
}

impl Exercise for Diagonalize {
    fn id(&self) -> &'static str {
        "la.diagonalize"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let eigs = draw(level, rng)?;
        let (a, p, d) = spectral_draw(rng, &eigs, spectral_max_entry(level))?;
        let n = a.nrows();
        let answer = AnswerSpec::entrywise(d.clone());
        let values = scalars(&eigs);

        let mut mistakes = Mistakes::new(&answer.expected);
        // another order of the same eigenvalues: increasing, else decreasing, else rotated
        let mut sorted = values.clone();
        sorted.sort_by(|x, y| x.to_f64().total_cmp(&y.to_f64()));
        let mut reversed = sorted.clone();
        reversed.reverse();
        let mut rotated = values.clone();
        rotated.rotate_left(1);
        let reorder = [sorted, reversed, rotated]
            .into_iter()
            .find(|o| *o != values)
            .ok_or(GenError::Redraw("one eigenvalue"))?;
        mistakes.require(
            "wrong_order",
            diag(&reorder),
            "The eigenvalues are right but in the wrong order: the j-th diagonal entry of D is \
             the eigenvalue of the j-th column of P.",
        )?;
        let diagonal: Vec<Scalar> = (0..n).map(|i| a.get(i, i)).collect();
        mistakes.optional(
            "diagonal_of_a",
            diag(&diagonal),
            "That keeps the diagonal of A. D = P⁻¹·A·P has the eigenvalues on its diagonal: \
             compute A·pⱼ for each column pⱼ of P.",
        );
        let p_inv = inverse(&p).ok_or(GenError::Redraw("P singular"))?;
        if let Some(pap) = p.mul(&a).and_then(|m| m.mul(&p_inv)) {
            mistakes.optional(
                "pap_inverse",
                pap,
                "That is P·A·P⁻¹, the product in the wrong order. With the eigenvectors as the \
                 columns of P, D = P⁻¹·A·P (equivalently A = P·D·P⁻¹).",
            );
        }

        let prompt = vec![
            Line::new().m("A = ").v(a.clone()).m(",  P = ").v(p.clone()),
            Line::text(
                "The columns of P are eigenvectors of A. Find the diagonal matrix D = P⁻¹·A·P, as \
                 a matrix such as [[2, 0], [0, -1]].",
            ),
        ];
        let mut solution = vec![Line::text(
            "No need to invert P: A·pⱼ = λⱼ·pⱼ for each column pⱼ, so A·P = P·D and D carries λⱼ \
             in position (j, j).",
        )];
        let mut products = Vec::new();
        for (j, &lj) in values.iter().enumerate() {
            let col = p.col(j);
            let apj = a.mul_vec(&col).unwrap_or_default();
            let s = sub(j + 1);
            solution.push(
                math_line(&format!(
                    "A·p{s} = {} = {} = {}·p{s}",
                    mat_vec_work(&a, &col),
                    vector_text(&apj),
                    factor(lj),
                ))
                .t(", so ")
                .m(format!("λ{s} = {}", num(lj))),
            );
            products.push(format!("A·p{s} = {}", vector_text(&apj)));
        }
        solution.push(Line::new().m("D = ").v(d.clone()));
        let first = p.col(0);
        let hints = vec![
            format!(
                "Compute A·p₁ with p₁ = {}: it is a multiple of p₁.",
                vector_text(&first)
            ),
            format!(
                "{}: compare each with its column of P.",
                products.join(", ")
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
    use super::super::super::common::testing::{
        close_to, expected_matrix, max_int, prompt_matrices, soundness,
    };
    use super::*;

    #[test]
    fn d_is_p_inverse_a_p_by_nalgebra() {
        let mut unsorted = 0;
        soundness(&Diagonalize, &[1, 2, 3], |level, d, ctx| {
            let ms = prompt_matrices(d);
            let (a, p) = (&ms[0], &ms[1]);
            let n = a.nrows();
            assert_eq!(n, if level == 1 { 2 } else { 3 }, "{ctx}");
            assert!(max_int(a) <= [9, 10, 10][level as usize - 1], "{ctx}");
            let dm = expected_matrix(d);
            let (na, np) = (a.to_nalgebra(), p.to_nalgebra());
            let reference = np.clone().try_inverse().expect("P invertible") * na * np;
            assert!(close_to(&dm, &reference), "{ctx}");
            let diag: Vec<f64> = (0..n).map(|i| dm.get(i, i).to_f64()).collect();
            assert!((0..n).all(|i| (0..n).all(|j| i == j || dm.get(i, j).is_zero())));
            let distinct = {
                let mut s = diag.clone();
                s.sort_by(f64::total_cmp);
                s.dedup();
                s.len()
            };
            assert_eq!(distinct, if level == 3 { 2 } else { n }, "{ctx}");
            unsorted += usize::from(diag.windows(2).any(|w| w[0] > w[1]));
        });
        assert!(unsorted > 300, "{unsorted}");
    }
}
