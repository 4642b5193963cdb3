//! `la.matrix_multiply`: compute the product AB.
//!
//! Level 1: 2×2 · 2×2 with small non-negative entries. Level 2: 2×3 · 3×2 or 3×3 · 3×3 with
//! small entries of both signs. Level 3: non-square shapes (including a row times a matrix and
//! an outer product) with entries in −6..6.

use super::common::{Mistakes, chain, num, plural, product_sum, sub2, value_sum};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::random_int_matrix;
use crate::math::{Matrix, Scalar};

pub struct MatrixMultiply;

/// Shapes `(m, k, n)` for `A: m×k`, `B: k×n` at level 3.
const LEVEL3_SHAPES: [(usize, usize, usize); 8] = [
    (3, 2, 3),
    (2, 3, 4),
    (3, 2, 2),
    (2, 2, 3),
    (3, 3, 2),
    (2, 4, 2),
    (1, 3, 2),
    (3, 1, 3),
];

/// Whether some row of `m` is all zeros (the product's row would be trivially zero).
fn has_zero_row(m: &Matrix) -> bool {
    m.rows().any(|r| r.iter().all(Scalar::is_zero))
}

/// The pairs `(Aᵢₖ, Bₖⱼ)` whose products make up `(AB)ᵢⱼ`.
fn pairs(a: &Matrix, b: &Matrix, i: usize, j: usize) -> Vec<(Scalar, Scalar)> {
    (0..a.ncols()).map(|k| (a.get(i, k), b.get(k, j))).collect()
}

impl Exercise for MatrixMultiply {
    fn id(&self) -> &'static str {
        "la.matrix_multiply"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let ((m, k, n), lo, hi) = match level {
            1 => ((2, 2, 2), 0, 7),
            2 => (*rng.pick(&[(2, 3, 2), (3, 3, 3)]), -3, 5),
            3 => (*rng.pick(&LEVEL3_SHAPES), -6, 6),
            l => return Err(GenError::Level(l)),
        };
        let a = random_int_matrix(rng, m, k, lo, hi);
        let b = random_int_matrix(rng, k, n, lo, hi);
        if has_zero_row(&a) || has_zero_row(&b.transpose()) {
            return Err(GenError::Redraw("a zero row of A or column of B"));
        }
        let ab = a.mul(&b).ok_or(GenError::Redraw("shapes do not match"))?;
        let expected = AnswerSpec::entrywise(ab.clone());

        let mut mistakes = Mistakes::new(&expected.expected);
        if let Some(ba) = b.mul(&a) {
            mistakes.require(
                "ba_instead_of_ab",
                ba,
                "That is BA, the product in the other order. Matrix multiplication is not \
                 commutative: (AB)ᵢⱼ takes row i of A and column j of B.",
            )?;
        }
        if let Some(hadamard) = a.zip_with(&b, |x, y| x * y) {
            mistakes.optional(
                "entrywise_product",
                hadamard,
                "That multiplies matching entries (the entrywise product). In AB each entry is \
                 a whole row of A times a whole column of B: multiply pairwise, then add.",
            );
        }
        mistakes.optional(
            "transposed_result",
            ab.transpose(),
            "That is (AB)ᵀ: row i of A times column j of B goes in row i, column j of AB, not in \
             row j, column i.",
        );
        let unsigned = Matrix::from_fn(m, n, |i, j| {
            pairs(&a, &b, i, j)
                .iter()
                .fold(Scalar::ZERO, |s, &(x, y)| s + (x * y).abs())
        });
        mistakes.optional(
            "forgot_sign",
            unsigned,
            "Some products lost their minus sign: a negative entry times a positive one gives a \
             negative product, which is subtracted in the sum.",
        );

        let prompt = vec![
            Line::text("Compute the matrix product AB, where"),
            Line::new()
                .m("A = ")
                .v(a.clone())
                .t(",   ")
                .m("B = ")
                .v(b.clone()),
        ];

        let mut solution = vec![Line::text(format!(
            "A is {m}×{k} and B is {k}×{n}, so AB is {m}×{n}. Each entry is a row of A times a \
             column of B:"
        ))];
        for i in 0..m {
            for j in 0..n {
                let p = pairs(&a, &b, i, j);
                let products: Vec<Scalar> = p.iter().map(|&(x, y)| x * y).collect();
                let mut steps = vec![product_sum(&p)];
                if p.len() > 1 {
                    steps.push(value_sum(&products));
                }
                steps.push(num(ab.get(i, j)));
                solution.push(Line::math(chain(&format!("(AB){}", sub2(i, j)), &steps)));
            }
        }
        solution.push(Line::new().m("AB = ").v(ab.clone()));

        let first = product_sum(&pairs(&a, &b, 0, 0));
        let others: Vec<String> = (0..m)
            .flat_map(|i| (0..n).map(move |j| (i, j)))
            .skip(1)
            .map(|(i, j)| format!("(AB){} = {}", sub2(i, j), product_sum(&pairs(&a, &b, i, j))))
            .collect();
        let hints = vec![
            format!(
                "AB is {m}×{n}: as many rows as A ({}) and as many columns as B ({}).",
                plural(m, "row"),
                plural(n, "column")
            ),
            format!("(AB)₁₁ is row 1 of A times column 1 of B: {first}."),
            format!("The other entries the same way: {}.", others.join(", ")),
        ];

        Ok(Draft {
            prompt,
            answer: expected,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::{
        close_to, expected_matrix, max_int, prompt_matrices, soundness,
    };
    use super::*;

    #[test]
    fn products_are_right_bounded_and_mistakes_distinct() {
        let mut shapes = std::collections::BTreeSet::new();
        soundness(&MatrixMultiply, &[1, 2, 3], |level, d, ctx| {
            let [a, b] = <[Matrix; 2]>::try_from(prompt_matrices(d)).unwrap();
            let ab = expected_matrix(d);
            assert!(close_to(&ab, &(a.to_nalgebra() * b.to_nalgebra())), "{ctx}");
            // The last hint sets up every entry after (AB)₁₁, the one before it.
            let last = d.hints.last().unwrap();
            for i in 0..ab.nrows() {
                for j in (0..ab.ncols()).filter(|&j| i + j > 0) {
                    let entry =
                        format!("(AB){} = {}", sub2(i, j), product_sum(&pairs(&a, &b, i, j)));
                    assert!(last.contains(&entry), "{ctx}: {last}");
                }
            }
            let bound = if level == 1 { 7 } else { 6 };
            assert!(max_int(&a) <= bound && max_int(&b) <= bound, "{ctx}");
            assert!(max_int(&ab) <= 200, "{ctx}");
            if level == 1 {
                assert!(
                    d.mistakes.iter().any(|m| m.name == "ba_instead_of_ab"),
                    "{ctx}"
                );
            }
            if level == 3 {
                shapes.insert((a.shape(), b.shape()));
            }
        });
        assert_eq!(shapes.len(), LEVEL3_SHAPES.len());
    }

    #[test]
    fn solution_writes_each_entry_with_its_numbers() {
        let a = Matrix::from_ints(&[[1, 2], [3, 4]]);
        let b = Matrix::from_ints(&[[5, 6], [7, 8]]);
        assert_eq!(
            product_sum(&pairs(&a, &b, 0, 1)),
            "1·6 + 2·8",
            "(AB)₁₂ = row 1 · column 2"
        );
    }
}
