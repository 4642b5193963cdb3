//! `la.identity_diagonal`: what the identity and diagonal matrices do in a product.
//!
//! - `I·A = A·I = A`.
//! - `D⁻¹ = diag(1/d₁, …, 1/dₙ)` for `D = diag(d₁, …, dₙ)` with no `dᵢ = 0`.
//! - `D·A` multiplies row `i` of `A` by `dᵢ`; `A·D` multiplies column `j` of `A` by `dⱼ`.
//!
//! Level 1: `D⁻¹` (2×2 or 3×3, `dᵢ ∈ ±2..±6`) or `I·A` / `A·I` (entries −9..9).
//! Level 2: `D·A` or `A·D`, 3×3, `A` entries −5..5, distinct `dᵢ ∈ −3..3 \ {0}`.
//! Level 3: `D⁻¹·A` or `A·D⁻¹` (rows or columns divided, exact fractions), 3×3, `dᵢ ∈ ±2..±4`.

use super::super::common::{Mistakes, chain, diag, factor, math_line, num};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::random_int_matrix;
use crate::math::{Matrix, Scalar};

pub struct IdentityDiagonal;

/// Which side the diagonal matrix multiplies from.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Side {
    /// `D·A`: scales rows.
    Left,
    /// `A·D`: scales columns.
    Right,
}

/// `A` with row `i` (Left) or column `j` (Right) multiplied by `s[i]` / `s[j]`.
fn scale_lines(a: &Matrix, s: &[Scalar], side: Side) -> Matrix {
    Matrix::from_fn(a.nrows(), a.ncols(), |i, j| {
        let k = if side == Side::Left { s[i] } else { s[j] };
        k * a.get(i, j)
    })
}

/// `A` with only its diagonal entries multiplied by `sᵢ`.
fn scale_diagonal_only(a: &Matrix, s: &[Scalar]) -> Matrix {
    Matrix::from_fn(a.nrows(), a.ncols(), |i, j| {
        if i == j {
            s[i] * a.get(i, j)
        } else {
            a.get(i, j)
        }
    })
}

/// Only the diagonal of `A`.
fn diagonal_part(a: &Matrix) -> Matrix {
    Matrix::from_fn(a.nrows(), a.ncols(), |i, j| {
        if i == j { a.get(i, j) } else { Scalar::ZERO }
    })
}

fn recips(d: &[Scalar]) -> Vec<Scalar> {
    d.iter().map(|x| x.recip().unwrap_or(*x)).collect()
}

/// `n` distinct diagonal entries drawn from `values`, not all positive.
fn distinct_diagonal(
    rng: &mut DrillRng,
    n: usize,
    values: &[i64],
) -> Result<Vec<Scalar>, GenError> {
    let mut pool = values.to_vec();
    rng.shuffle(&mut pool);
    let d: Vec<i64> = pool.into_iter().take(n).collect();
    if d.iter().all(|&x| x > 0) {
        return Err(GenError::Redraw("no negative diagonal entry"));
    }
    Ok(d.into_iter().map(Scalar::int).collect())
}

impl Exercise for IdentityDiagonal {
    fn id(&self) -> &'static str {
        "la.identity_diagonal"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match level {
            1 if rng.chance(1, 2) => diagonal_inverse(rng),
            1 => identity_product(rng),
            2 | 3 => diagonal_product(level, rng),
            l => Err(GenError::Level(l)),
        }
    }
}

/// Level 1: `D⁻¹`.
fn diagonal_inverse(rng: &mut DrillRng) -> Result<Draft, GenError> {
    let n = 2 + rng.index(2);
    let d: Vec<Scalar> = (0..n)
        .map(|_| Scalar::int(rng.sign() * rng.int(2, 6)))
        .collect();
    let dm = diag(&d);
    let inv = diag(&recips(&d));
    let answer = AnswerSpec::entrywise(inv.clone());
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "negated",
        dm.scale(-Scalar::ONE),
        "That is −D. The inverse undoes D: each diagonal entry dᵢ becomes its reciprocal 1/dᵢ, \
         so that D·D⁻¹ = I.",
    )?;
    mistakes.require(
        "reciprocal_sign",
        diag(&recips(&d).iter().map(|&x| -x).collect::<Vec<_>>()),
        "The reciprocals have the wrong signs: 1/dᵢ keeps the sign of dᵢ, e.g. 1/(−2) = −1/2.",
    )?;
    mistakes.optional(
        "not_inverted",
        dm.clone(),
        "That is D itself. D⁻¹ has the reciprocals 1/dᵢ on its diagonal.",
    );
    let prompt = vec![
        Line::text("Find the inverse of the diagonal matrix"),
        Line::new().m("D = ").v(dm.clone()),
    ];
    // The reciprocals that take a step to write (not 1/6 = 1/6), each once.
    let mut steps: Vec<String> = Vec::new();
    for &x in &d {
        let step = chain(&format!("1/{}", factor(x)), &[num(x.recip().unwrap_or(x))]);
        if step.contains('=') && !steps.contains(&step) {
            steps.push(step);
        }
    }
    let mut solution = vec![
        Line::new()
            .m("D⁻¹ = diag(1/d₁, …, 1/dₙ)")
            .t(": then ")
            .m("D·D⁻¹ = diag(d₁·(1/d₁), …) = I")
            .t(". The zeros off the diagonal stay zero."),
    ];
    if !steps.is_empty() {
        solution.push(math_line(&steps.join(",   ")));
    }
    solution.push(Line::new().m("D⁻¹ = ").v(inv));
    let reciprocals: Vec<String> = d.iter().map(|&x| format!("1/{}", factor(x))).collect();
    let hints = vec![
        "The inverse of a diagonal matrix is diagonal: diag(d₁, …, dₙ)⁻¹ = diag(1/d₁, …, 1/dₙ)."
            .to_string(),
        format!("D⁻¹ = diag({}).", reciprocals.join(", ")),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// Level 1: `I·A` or `A·I`.
fn identity_product(rng: &mut DrillRng) -> Result<Draft, GenError> {
    let n = 2 + rng.index(2);
    let a = random_int_matrix(rng, n, n, -9, 9);
    let left = rng.chance(1, 2);
    let what = if left { "I·A" } else { "A·I" };
    let answer = AnswerSpec::entrywise(a.clone());
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "plus_identity",
        a.zip_with(&Matrix::identity(n), |x, y| x + y)
            .unwrap_or_else(|| a.clone()),
        format!(
            "That is A + I: 1 was added on the diagonal. Multiplying by I changes nothing: \
             {what} = A."
        ),
    )?;
    mistakes.require(
        "only_diagonal",
        diagonal_part(&a),
        format!(
            "Only the diagonal of A was kept. Row i of {what} still has every entry of row i of \
             A: {what} = A."
        ),
    )?;
    mistakes.optional(
        "identity",
        Matrix::identity(n),
        format!("{what} is not I: the identity leaves A unchanged, {what} = A."),
    );
    mistakes.optional(
        "transpose",
        a.transpose(),
        format!("That is Aᵀ; multiplying by I does not move entries: {what} = A."),
    );
    let prompt = vec![
        Line::text(format!(
            "Compute {what}, where I is the {n}×{n} identity matrix and"
        )),
        Line::new().m("A = ").v(a.clone()),
    ];
    let solution = vec![
        Line::text("I has 1s on the diagonal and 0s elsewhere, so entry (i, j) of ")
            .m(what)
            .t(" is ")
            .m(if left {
                "Σₖ Iᵢₖ·aₖⱼ = 1·aᵢⱼ"
            } else {
                "Σₖ aᵢₖ·Iₖⱼ = aᵢⱼ·1"
            })
            .t(", that is ")
            .m("aᵢⱼ")
            .t(" itself."),
        Line::new().m(format!("{what} = A = ")).v(a.clone()),
    ];
    let hints = vec![format!(
        "Entry (1,1) of {what} is {}; the other entries contribute 0.",
        if left {
            format!("1·{}", factor(a.get(0, 0)))
        } else {
            format!("{}·1", factor(a.get(0, 0)))
        }
    )];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// Levels 2–3: `D·A`, `A·D` (level 2) or `D⁻¹·A`, `A·D⁻¹` (level 3).
fn diagonal_product(level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
    let n = 3;
    let d = if level == 2 {
        distinct_diagonal(rng, n, &[-3, -2, -1, 1, 2, 3])?
    } else {
        distinct_diagonal(rng, n, &[-4, -3, -2, 2, 3, 4])?
    };
    let a = random_int_matrix(rng, n, n, -5, 5);
    if a.entries().iter().filter(|x| x.is_zero()).count() > 2 {
        return Err(GenError::Redraw("A is too sparse"));
    }
    let side = if rng.chance(1, 2) {
        Side::Left
    } else {
        Side::Right
    };
    let inverse = level == 3;
    let s = if inverse { recips(&d) } else { d.clone() };
    let dname = if inverse { "D⁻¹" } else { "D" };
    let what = match side {
        Side::Left => format!("{dname}·A"),
        Side::Right => format!("A·{dname}"),
    };
    let (lines, other, line) = match side {
        Side::Left => ("rows", Side::Right, "row"),
        Side::Right => ("columns", Side::Left, "column"),
    };
    let result = scale_lines(&a, &s, side);
    let answer = AnswerSpec::entrywise(result.clone());
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        if side == Side::Left {
            "scaled_columns"
        } else {
            "scaled_rows"
        },
        scale_lines(&a, &s, other),
        format!(
            "That scales the {} of A. {dname} on the {} scales the {lines}: {line} i of A is \
             multiplied by the i-th diagonal entry{}.",
            if side == Side::Left {
                "columns"
            } else {
                "rows"
            },
            if side == Side::Left { "left" } else { "right" },
            if inverse { " of D⁻¹, 1/dᵢ" } else { "" }
        ),
    )?;
    mistakes.optional(
        "only_diagonal",
        scale_diagonal_only(&a, &s),
        format!(
            "Only the diagonal entries of A were scaled. Every entry of {line} i is multiplied \
             by the same diagonal entry."
        ),
    );
    if inverse {
        mistakes.optional(
            "not_inverted",
            scale_lines(&a, &d, side),
            format!(
                "The {lines} were multiplied by dᵢ; D⁻¹ has 1/dᵢ on its diagonal, so they are \
                 divided by dᵢ."
            ),
        );
    }
    let prompt = vec![
        Line::text(format!("Compute {what} for")),
        Line::new().m("D = ").v(diag(&d)).m(",   A = ").v(a.clone()),
    ];
    let mut solution = Vec::new();
    if inverse {
        solution.push(Line::new().m("D⁻¹ = diag(1/d₁, 1/d₂, 1/d₃) = ").v(diag(&s)));
    }
    let side_name = if side == Side::Left { "left" } else { "right" };
    let rule = match side {
        Side::Left => "(D·A)ᵢⱼ = dᵢ·aᵢⱼ",
        Side::Right => "(A·D)ᵢⱼ = aᵢⱼ·dⱼ",
    };
    solution.push(
        Line::text(format!(
            "A diagonal matrix on the {side_name} scales the {lines} of A: "
        ))
        .m(format!("{rule}.")),
    );
    let scalings: Vec<String> = s
        .iter()
        .enumerate()
        .map(|(i, &k)| format!("{line} {} × {}", i + 1, num(k)))
        .collect();
    solution.push(math_line(&scalings.join(",   ")));
    solution.push(Line::new().m(format!("{what} = ")).v(result));
    let factors: Vec<String> = s.iter().map(|&k| num(k)).collect();
    let mut hints = vec![format!(
        "A diagonal matrix on the {side_name} scales the {lines}: {rule}."
    )];
    if inverse {
        hints.push(format!(
            "D⁻¹ = diag({}): multiply {line} 1, 2, 3 of A by {} in turn.",
            factors.join(", "),
            factors.join(", ")
        ));
    } else {
        hints.push(format!(
            "Multiply {line} 1, 2, 3 of A by {} in turn.",
            factors.join(", ")
        ));
    }
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{
        close_to, expected_matrix, prompt_matrices, soundness,
    };
    use super::*;

    #[test]
    fn products_are_right() {
        let mut kinds = [0usize; 3];
        soundness(&IdentityDiagonal, &[1, 2, 3], |level, d, ctx| {
            let ms = prompt_matrices(d);
            let got = expected_matrix(d);
            match (level, ms.len()) {
                (1, 1) => {
                    let m = ms[0].to_nalgebra();
                    // D⁻¹ (for a diagonal D) or A itself.
                    let is_diagonal =
                        (0..m.nrows()).all(|i| (0..m.ncols()).all(|j| i == j || m[(i, j)] == 0.0));
                    if is_diagonal && close_to(&got, &m.clone().try_inverse().unwrap()) {
                        kinds[0] += 1;
                    } else {
                        assert!(close_to(&got, &m), "{ctx}");
                        kinds[1] += 1;
                    }
                }
                (2 | 3, 2) => {
                    let (dm, a) = (ms[0].to_nalgebra(), ms[1].to_nalgebra());
                    let dm = if level == 3 {
                        dm.try_inverse().unwrap()
                    } else {
                        dm
                    };
                    assert!(
                        close_to(&got, &(&dm * &a)) || close_to(&got, &(&a * &dm)),
                        "{ctx}"
                    );
                    kinds[2] += 1;
                }
                _ => panic!("{ctx}: unexpected prompt"),
            }
        });
        assert!(kinds.iter().all(|&k| k > 50), "{kinds:?}");
    }

    #[test]
    fn rows_and_columns_by_hand() {
        let a = Matrix::from_ints(&[[1, 2], [3, 4]]);
        let s = [Scalar::int(2), Scalar::int(-1)];
        assert_eq!(scale_lines(&a, &s, Side::Left), diag(&s).mul(&a).unwrap());
        assert_eq!(scale_lines(&a, &s, Side::Right), a.mul(&diag(&s)).unwrap());
        assert_eq!(
            scale_diagonal_only(&a, &s),
            Matrix::from_ints(&[[2, 2], [3, -4]])
        );
    }
}
