//! `la.matrix_vector`: the matrix–vector product A·x, row by row: (Ax)ᵢ = (row i of A)·x.
//! Equivalently, A·x = x₁·(column 1) + … + xₙ·(column n), a combination of the columns.
//!
//! Level 1: A is 2×2 or 2×3 with entries −5..5, x has entries −4..4.
//! Level 2: A is 3×3 with entries −6..6, x has entries −5..5.
//! Level 3: A is 3×4 or 2×4 with entries −6..6, x has entries −4..4.
//! At most one zero in A, at most one in x, and at least one negative product.

use super::helpers::nonzero_count;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::linalg::common::{
    Mistakes, chain, draw_ints, factor, num, product_sum, sub, value_sum, zero_count,
};
use crate::math::linalg::random_int_matrix;
use crate::math::{Matrix, Scalar};

pub struct MatrixVector;

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Matrix, Vec<Scalar>), GenError> {
    let (rows, cols, a_max, x_max) = match level {
        1 => (2, 2 + rng.index(2), 5, 4),
        2 => (3, 3, 6, 5),
        3 => (2 + rng.index(2), 4, 6, 4),
        l => return Err(GenError::Level(l)),
    };
    let a = random_int_matrix(rng, rows, cols, -a_max, a_max);
    let x = draw_ints(rng, cols, -x_max, x_max);
    if zero_count(&a) > 1 || nonzero_count(&x) + 1 < cols {
        return Err(GenError::Redraw("too many zeros"));
    }
    Ok((a, x))
}

impl Exercise for MatrixVector {
    fn id(&self) -> &'static str {
        "la.matrix_vector"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (a, x) = draw(level, rng)?;
        let (m, n) = a.shape();
        let ax = a.mul_vec(&x).ok_or(GenError::Redraw("shape mismatch"))?;
        let products = Matrix::from_fn(m, n, |i, j| a.get(i, j) * x[j]);
        if !products.entries().iter().any(|p| p.to_f64() < 0.0) {
            return Err(GenError::Redraw("no negative product"));
        }
        let answer = AnswerSpec::entrywise(ax.clone());

        let mut mistakes = Mistakes::new(&answer.expected);
        if a.is_square() {
            mistakes.require(
                "transpose",
                a.transpose()
                    .mul_vec(&x)
                    .ok_or(GenError::Redraw("shape mismatch"))?,
                "That is Aᵀx (the same numbers as xᵀA): it pairs x with the columns of A. Entry i \
                 of A·x is row i of A times x.",
            )?;
        }
        mistakes.optional(
            "forgot_to_add",
            products.clone(),
            "That is the matrix of products aᵢⱼxⱼ. Add along each row: (Ax)ᵢ = Σⱼ aᵢⱼxⱼ, one \
             number per row.",
        );
        mistakes.optional(
            "added_instead_of_multiplied",
            (0..m)
                .map(|i| (0..n).fold(Scalar::ZERO, |s, j| s + a.get(i, j) + x[j]))
                .collect::<Vec<_>>(),
            "That adds the entries, Σⱼ(aᵢⱼ + xⱼ). Multiply each entry of the row by the matching \
             entry of x, then add the products.",
        );
        mistakes.optional(
            "dropped_signs",
            (0..m)
                .map(|i| (0..n).fold(Scalar::ZERO, |s, j| s + products.get(i, j).abs()))
                .collect::<Vec<_>>(),
            "Some products lost their minus sign: a negative entry times a positive one is \
             negative and is subtracted.",
        );

        let prompt = vec![
            Line::text("Compute the matrix–vector product A·x for"),
            Line::new()
                .m("A = ")
                .v(a.clone())
                .t(",   ")
                .m("x = ")
                .v(x.clone()),
            Line::text(format!(
                "Give it as a vector of length {m}, e.g. [1, -2{}].",
                if m == 3 { ", 3" } else { "" }
            )),
        ];
        let row_steps = |i: usize| {
            let pairs: Vec<(Scalar, Scalar)> =
                a.row(i).iter().copied().zip(x.iter().copied()).collect();
            vec![product_sum(&pairs), value_sum(products.row(i)), num(ax[i])]
        };
        let mut solution = vec![Line::text(format!(
            "A is {m}×{n} and x has {n} entries, so A·x has {m} entries, one per row: entry i is \
             row i of A times x."
        ))];
        for i in 0..m {
            solution.push(Line::math(chain(
                &format!("(Ax){} = row {}·x", sub(i + 1), i + 1),
                &row_steps(i),
            )));
        }
        solution.push(Line::new().m("A·x = ").v(ax.clone()));
        // The prose on a line of its own: the combination of typeset columns is wide enough.
        solution.push(Line::text("Equivalently, as a combination of the columns:"));
        let mut columns = Line::new().m("A·x = ");
        for (j, &coef) in x.iter().enumerate() {
            let (sign, size) = if coef.to_f64() < 0.0 {
                (if j == 0 { "−" } else { " − " }, -coef)
            } else {
                (if j == 0 { "" } else { " + " }, coef)
            };
            columns = columns.m(format!("{sign}{}·", factor(size))).v(a.col(j));
        }
        solution.push(columns.m(" = ").v(ax.clone()));
        let rest: Vec<String> = (1..m)
            .map(|i| format!("(Ax){} = {}", sub(i + 1), row_steps(i)[0]))
            .collect();
        let hints = vec![
            format!(
                "(Ax){} = row 1·x = {} = {}.",
                sub(1),
                row_steps(0)[0],
                num(ax[0])
            ),
            format!("The other rows the same way: {}.", rest.join(" and ")),
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
        f64_vector, prompt_matrices, prompt_vectors, soundness,
    };
    use super::*;
    use crate::engine::Piece;
    use crate::expr::Value;

    #[test]
    fn products_are_right_and_bounded() {
        let mut transposes = 0;
        soundness(&MatrixVector, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let x = &prompt_vectors(d)[0];
            let reference = a.to_nalgebra() * f64_vector(x);
            let Value::Vector(got) = &d.answer.expected else {
                panic!("{ctx}")
            };
            assert_eq!(got.len(), reference.len(), "{ctx}");
            assert!(
                got.iter()
                    .zip(reference.iter())
                    .all(|(g, r)| g.as_integer().is_some() && (g.to_f64() - r).abs() < 1e-9),
                "{ctx}"
            );
            let (rows, cols, bound): (&[usize], &[usize], f64) = match level {
                1 => (&[2], &[2, 3], 5.0),
                2 => (&[3], &[3], 6.0),
                _ => (&[2, 3], &[4], 6.0),
            };
            assert!(
                rows.contains(&a.nrows()) && cols.contains(&a.ncols()),
                "{ctx}"
            );
            assert!(a.max_abs() <= bound, "{ctx}");
            transposes += usize::from(d.mistakes.iter().any(|m| m.name == "transpose"));
            // Every typeset line of the solution fits in 80 columns (the widest: 4 columns of
            // 2-digit entries); prose is wrapped by the renderer.
            let typeset = |l: &&Line| l.0.iter().any(|p| matches!(p, Piece::Value(_)));
            for line in d.solution.iter().filter(typeset) {
                let block = crate::render::lines(std::slice::from_ref(line), "");
                let widest = block.lines().map(|l| l.chars().count()).max().unwrap_or(0);
                assert!(widest <= 80, "{ctx}: {widest} columns:\n{block}");
            }
        });
        assert!(transposes > 500, "{transposes}");
    }
}
