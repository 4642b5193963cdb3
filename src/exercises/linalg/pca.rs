//! `la.pca`: principal component analysis by hand on a small 2-D data set.
//!
//! Built backwards so every number is exact: the points are `xᵢ = m + sᵢ·u + tᵢ·w` with an
//! integer mean `m`, an integer direction `u = (a, b)`, its perpendicular `w = (−b, a)`, and
//! score vectors `s`, `t` that are scaled orthogonal contrasts (each sums to zero and `s·t = 0`).
//! Then the centred data has sample covariance
//! `C = (Σsᵢ²·uuᵀ + Σtᵢ²·wwᵀ)/(n − 1)`, whose eigenvectors are `u` and `w` with eigenvalues
//! `λ = ‖u‖²·Σsᵢ²/(n − 1)` and `‖w‖²·Σtᵢ²/(n − 1)` (rational). The larger belongs to `u`.
//!
//! Level 1: the sample covariance matrix (divide by n − 1). Level 2: the explained variance
//! ratio of the first principal component, λ₁/(λ₁ + λ₂). Level 3: the direction of the first
//! principal component (any nonzero multiple).

use super::common::{Mistakes, chain, factor, math_line, matrix_text, num};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::expr::Value;
use crate::math::{Matrix, Scalar};

pub struct Pca;

/// Orthogonal contrasts: each sums to zero and any two are orthogonal.
const CONTRASTS_4: [[i64; 4]; 3] = [[-3, -1, 1, 3], [1, -1, -1, 1], [-1, 3, -3, 1]];
const CONTRASTS_5: [[i64; 5]; 4] = [
    [-2, -1, 0, 1, 2],
    [2, -1, -2, -1, 2],
    [-1, 2, 0, -2, 1],
    [1, -4, 6, -4, 1],
];
/// Principal directions `u = (a, b)`; `w = (−b, a)`.
const DIRECTIONS: [(i64, i64); 8] = [
    (1, 1),
    (1, -1),
    (2, 1),
    (1, 2),
    (2, -1),
    (1, -2),
    (3, 1),
    (1, 3),
];

/// The data, its centred version, the direction `u` of the larger variance and `w`.
struct Data {
    points: Matrix,
    mean: (i64, i64),
    u: (i64, i64),
    w: (i64, i64),
}

fn contrasts(rng: &mut DrillRng, n: usize) -> (Vec<i64>, Vec<i64>) {
    let pick = |rng: &mut DrillRng, rows: &[&[i64]]| {
        let i = rng.index(rows.len());
        let mut j = rng.index(rows.len() - 1);
        if j >= i {
            j += 1;
        }
        (rows[i].to_vec(), rows[j].to_vec())
    };
    if n == 4 {
        pick(rng, &CONTRASTS_4.iter().map(|r| &r[..]).collect::<Vec<_>>())
    } else {
        pick(rng, &CONTRASTS_5.iter().map(|r| &r[..]).collect::<Vec<_>>())
    }
}

fn draw(rng: &mut DrillRng) -> Result<Data, GenError> {
    let n = if rng.chance(1, 2) { 4 } else { 5 };
    let (s, t) = contrasts(rng, n);
    let (a, b) = *rng.pick(&DIRECTIONS);
    let (u, w) = ((a, b), (-b, a));
    let mean = (rng.int(-3, 6), rng.int(-3, 6));
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let rows: Vec<Vec<Scalar>> = order
        .iter()
        .map(|&i| {
            vec![
                Scalar::int(mean.0 + s[i] * u.0 + t[i] * w.0),
                Scalar::int(mean.1 + s[i] * u.1 + t[i] * w.1),
            ]
        })
        .collect();
    let points = Matrix::from_rows(rows).ok_or(GenError::Redraw("no data"))?;
    if points.max_abs() > 20.0 {
        return Err(GenError::Redraw("coordinates too large"));
    }
    let (ss, tt): (i64, i64) = (s.iter().map(|x| x * x).sum(), t.iter().map(|x| x * x).sum());
    if ss == tt {
        return Err(GenError::Redraw(
            "equal variances: no unique first component",
        ));
    }
    // The first principal component is the direction with the larger variance.
    let (u, w) = if ss > tt { (u, w) } else { (w, u) };
    Ok(Data { points, mean, u, w })
}

/// The sample covariance matrix of the rows of `x` about `mean`, dividing by `divisor`.
fn covariance(x: &Matrix, mean: (Scalar, Scalar), divisor: i64) -> Matrix {
    let n = x.nrows();
    let centred = Matrix::from_fn(n, 2, |i, j| {
        x.get(i, j) - if j == 0 { mean.0 } else { mean.1 }
    });
    let ctc = centred
        .transpose()
        .mul(&centred)
        .unwrap_or_else(|| Matrix::zeros(2, 2));
    ctc.map(|v| v.checked_div(Scalar::int(divisor)).unwrap_or(v))
}

/// `XᵀX` of the rows of `x` about `mean`: the scatter matrix (`X_cᵀX_c` about the mean, the
/// raw `XᵀX` about zero), not divided by anything.
fn scatter(x: &Matrix, mean: (Scalar, Scalar)) -> Matrix {
    covariance(x, mean, 1)
}

/// The eigenvalues `λ₁ ≥ λ₂` of a symmetric 2×2 matrix and an eigenvector of `λ₁`, in floating
/// point: `λ = (tr ± √(tr² − 4·det))/2`, `v = (λ₁ − s₂₂, s₁₂)` (or `(s₁₂, λ₁ − s₁₁)`).
fn symmetric_eigen(m: &Matrix) -> (f64, f64, (f64, f64)) {
    let (p, q, r) = (
        m.get(0, 0).to_f64(),
        m.get(0, 1).to_f64(),
        m.get(1, 1).to_f64(),
    );
    let root = ((p - r) * (p - r) + 4.0 * q * q).sqrt();
    let (l1, l2) = ((p + r + root) / 2.0, (p + r - root) / 2.0);
    let v = if (l1 - r).abs() >= (l1 - p).abs() {
        (l1 - r, q)
    } else {
        (q, l1 - p)
    };
    (l1, l2, v)
}

/// Whether two plane vectors are parallel (or one is zero).
fn parallel(p: (Scalar, Scalar), q: (Scalar, Scalar)) -> bool {
    (p.0 * q.1 - p.1 * q.0).is_zero()
}

fn vector(p: (i64, i64)) -> Value {
    Value::Vector(vec![Scalar::int(p.0), Scalar::int(p.1)])
}

impl Exercise for Pca {
    fn id(&self) -> &'static str {
        "la.pca"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        if !(1..=3).contains(&level) {
            return Err(GenError::Level(level));
        }
        let d = draw(rng)?;
        let x = &d.points;
        let n = x.nrows() as i64;
        let mean = (Scalar::int(d.mean.0), Scalar::int(d.mean.1));
        let c = covariance(x, mean, n - 1);
        let (tr, det) = (
            c.get(0, 0) + c.get(1, 1),
            c.get(0, 0) * c.get(1, 1) - c.get(0, 1) * c.get(1, 0),
        );
        // λ = (tr ± √(tr² − 4 det))/2, exact by construction.
        let root = (tr * tr - Scalar::int(4) * det).sqrt();
        let half = Scalar::frac(1, 2);
        let (l1, l2) = (half * (tr + root), half * (tr - root));
        if !root.is_exact() || l2.to_f64() <= 0.0 {
            return Err(GenError::Redraw("eigenvalues not exact and positive"));
        }
        let ratio = l1
            .checked_div(l1 + l2)
            .ok_or(GenError::Redraw("zero variance"))?;

        let mut prompt = vec![
            Line::text(format!(
                "A data set has {n} points (rows of X; columns are the features x and y):"
            )),
            Line::new().m("X = ").v(x.clone()),
        ];
        let answer = match level {
            1 => {
                prompt.push(Line::text(
                    "Find the sample covariance matrix C of the data (centre it, then divide by n − 1).",
                ));
                AnswerSpec::entrywise(c.clone())
            }
            2 => {
                prompt.push(Line::text(
                    "What fraction of the total variance does the first principal component explain? (λ₁/(λ₁ + λ₂), a fraction or decimal)",
                ));
                AnswerSpec::scalar(ratio)
            }
            _ => {
                prompt.push(Line::text(
                    "Find the direction of the first principal component (any nonzero multiple, e.g. [1, 2]).",
                ));
                AnswerSpec::with(vector(d.u), Equivalence::Direction(Tolerance::default()))
            }
        };

        let mut mistakes = Mistakes::new(&answer.expected);
        match level {
            1 => {
                mistakes.require(
                    "divided_by_n",
                    covariance(x, mean, n),
                    format!("That divides by n = {n}, the population formula. The sample covariance divides by n − 1 = {}.", n - 1),
                )?;
                mistakes.require(
                    "not_centred",
                    covariance(x, (Scalar::ZERO, Scalar::ZERO), n - 1),
                    "That uses the raw data. Subtract the mean of each feature first: C = X_cᵀX_c/(n − 1) with X_c centred.",
                )?;
                mistakes.optional(
                    "not_centred_divided_by_n",
                    covariance(x, (Scalar::ZERO, Scalar::ZERO), n),
                    "That neither centres the data nor divides by n − 1.",
                );
                mistakes.optional(
                    "scatter_matrix",
                    scatter(x, mean),
                    "That is X_cᵀX_c, the scatter matrix: sums of products, not yet averaged. \
                     The sample covariance divides it by n − 1.",
                );
                mistakes.optional(
                    "raw_scatter_matrix",
                    scatter(x, (Scalar::ZERO, Scalar::ZERO)),
                    "That is XᵀX of the raw data: it is neither centred nor divided by n − 1. \
                     Subtract each feature's mean first, then divide X_cᵀX_c by n − 1.",
                );
            }
            2 => {
                mistakes.require(
                    "smaller_component",
                    l2.checked_div(l1 + l2).unwrap_or(l2),
                    "That is the share of the second (smaller) component. The first principal component has the largest eigenvalue λ₁.",
                )?;
                mistakes.require(
                    "eigenvalue_ratio",
                    l1.checked_div(l2).unwrap_or(l1),
                    "That is λ₁/λ₂. The explained variance ratio divides by the total variance λ₁ + λ₂.",
                )?;
                let diag = c.get(0, 0).checked_div(tr).unwrap_or(tr);
                mistakes.optional(
                    "feature_variance",
                    diag,
                    "That is the share of the variance of x alone (C₁₁/trace). The components are the eigenvectors of C, not the axes.",
                );
                let (r1, r2, _) = symmetric_eigen(&scatter(x, (Scalar::ZERO, Scalar::ZERO)));
                mistakes.optional(
                    "not_centred",
                    Scalar::Real(r1 / (r1 + r2)),
                    "That comes from XᵀX of the raw data. PCA describes the spread around the \
                     mean: subtract each feature's mean first.",
                );
            }
            _ => {
                let second = (Scalar::int(d.w.0), Scalar::int(d.w.1));
                let first = (Scalar::int(d.u.0), Scalar::int(d.u.1));
                if !parallel(second, first) {
                    mistakes.require(
                        "second_component",
                        vector(d.w),
                        "That is the second principal component, the direction of the smaller variance λ₂.",
                    )?;
                }
                let column = (c.get(0, 0), c.get(1, 0));
                if !parallel(column, first) && !parallel(column, second) {
                    mistakes.require(
                        "covariance_column",
                        Value::Vector(vec![column.0, column.1]),
                        "That is a column of C. An eigenvector v satisfies C·v = λ₁·v: solve (C − λ₁I)v = 0.",
                    )?;
                }
                // Mistakes are compared as directions, so none may be parallel to another.
                let distinct = [first, second, column].iter().all(|&p| !parallel(mean, p));
                let (_, _, (r, t)) = symmetric_eigen(&scatter(x, (Scalar::ZERO, Scalar::ZERO)));
                let apart = |p: (Scalar, Scalar)| {
                    let (a, b) = (p.0.to_f64(), p.1.to_f64());
                    (a * t - b * r).abs() > 1e-3 * a.hypot(b) * r.hypot(t)
                };
                if [first, second, column, mean].into_iter().all(apart) {
                    mistakes.optional(
                        "not_centred",
                        Value::Vector(vec![Scalar::Real(r), Scalar::Real(t)]),
                        "That is the top eigenvector of XᵀX of the raw data. PCA describes the \
                         spread around the mean: subtract each feature's mean first.",
                    );
                }
                if (d.mean.0, d.mean.1) != (0, 0) && distinct {
                    mistakes.optional(
                        "mean_direction",
                        Value::Vector(vec![mean.0, mean.1]),
                        "That points at the mean of the data. PCA works on the centred data: the mean is subtracted first.",
                    );
                }
            }
        }

        let centred = Matrix::from_fn(x.nrows(), 2, |i, j| {
            x.get(i, j) - if j == 0 { mean.0 } else { mean.1 }
        });
        let ctc = scatter(x, mean);
        let mean_text = format!("({}, {})", num(mean.0), num(mean.1));
        let mut solution = vec![
            Line::text("The mean of the points is ")
                .m(mean_text.clone())
                .t("; subtract it from every point:"),
            Line::new().m("X_c = ").v(centred),
            Line::new().m("X_cᵀX_c = ").v(ctc.clone()),
            Line::new()
                .m(format!("C = X_cᵀX_c/(n − 1) = X_cᵀX_c/{} = ", n - 1))
                .v(c.clone()),
        ];
        let eigenvalues = format!(
            "det(C − λI) = λ² − {}λ + {} = 0, so λ₁ = {}, λ₂ = {}",
            num(tr),
            num(det),
            num(l1),
            num(l2)
        );
        let shifted = c
            .zip_with(&Matrix::identity(2).scale(l1), |p, q| p - q)
            .unwrap_or_else(|| c.clone());
        let hints = match level {
            1 => vec![
                format!("The mean is {mean_text}; subtract it from every point to get X_c."),
                format!(
                    "X_cᵀX_c = {}; divide it by n − 1 = {}.",
                    matrix_text(&ctc),
                    n - 1
                ),
            ],
            2 => vec![
                format!(
                    "C = {}. The first principal component explains λ₁/(λ₁ + λ₂), where \
                     λ₁ ≥ λ₂ are the eigenvalues of C.",
                    matrix_text(&c)
                ),
                format!("{eigenvalues}."),
            ],
            _ => vec![
                format!(
                    "C = {}. The first principal component is the eigenvector of its larger \
                     eigenvalue λ₁.",
                    matrix_text(&c)
                ),
                format!(
                    "λ₁ = {}: solve (C − λ₁I)·v = 0 with C − λ₁I = {}.",
                    num(l1),
                    matrix_text(&shifted)
                ),
            ],
        };
        match level {
            1 => {}
            2 => {
                solution.push(math_line(&eigenvalues));
                solution.push(Line::text("The explained variance ratio is ").m(chain(
                    "λ₁/(λ₁ + λ₂)",
                    &[
                        format!("{}/({} + {})", factor(l1), num(l1), num(l2)),
                        num(ratio),
                    ],
                )));
            }
            _ => {
                solution.push(math_line(&eigenvalues));
                solution.push(
                    Line::new()
                        .m(format!("C − λ₁I = C − {}·I = ", factor(l1)))
                        .v(shifted),
                );
                solution.push(
                    Line::text("Its rows are multiples of one another; ")
                        .m("(C − λ₁I)·v = 0")
                        .t(" gives the first principal component:"),
                );
                solution.push(Line::new().m("v = ").v(vector(d.u)));
            }
        }

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
    use super::super::common::testing::{prompt_matrices, soundness};
    use super::*;

    /// Covariance and eigen-decomposition recomputed in f64 and by nalgebra.
    #[test]
    fn pca_answers_match_an_independent_computation() {
        soundness(&Pca, &[1, 2, 3], |level, d, ctx| {
            let x = prompt_matrices(d)[0].to_nalgebra();
            let n = x.nrows() as f64;
            let mean = x.row_mean();
            let centred = nalgebra::DMatrix::from_fn(x.nrows(), 2, |i, j| x[(i, j)] - mean[j]);
            let c = centred.transpose() * &centred / (n - 1.0);
            let eig = c.clone().symmetric_eigen();
            let (i1, i2) = if eig.eigenvalues[0] >= eig.eigenvalues[1] {
                (0, 1)
            } else {
                (1, 0)
            };
            let (l1, l2) = (eig.eigenvalues[i1], eig.eigenvalues[i2]);
            assert!(
                l1 > l2 + 1e-9 && l2 > 0.0,
                "{ctx}: distinct positive eigenvalues"
            );
            assert!(x.abs().max() <= 20.0, "{ctx}: bounded data");
            // The key intermediate X_cᵀX_c is shown; the eigenvalues only where they are used.
            let scatter = centred.transpose() * &centred;
            let shown = d.solution.iter().any(|l| {
                matches!(&l.0[..], [crate::engine::Piece::Math(m), crate::engine::Piece::Value(Value::Matrix(s))]
                    if m == "X_cᵀX_c = " && (s.to_nalgebra() - &scatter).abs().max() < 1e-9)
            });
            assert!(shown, "{ctx}: X_cᵀX_c is shown");
            let mentions_eigen = d
                .solution
                .iter()
                .flat_map(|l| &l.0)
                .any(|p| matches!(p, crate::engine::Piece::Math(m) if m.contains('λ')));
            assert_eq!(mentions_eigen, level > 1, "{ctx}");
            if level == 1 {
                let m = d.mistakes.iter().find(|m| m.name == "scatter_matrix");
                let Some(Value::Matrix(s)) = m.map(|m| &m.answer) else {
                    panic!("{ctx}: the unscaled scatter matrix is a named mistake")
                };
                assert!((s.to_nalgebra() - &scatter).abs().max() < 1e-9, "{ctx}");
            }
            match (level, &d.answer.expected) {
                (1, Value::Matrix(m)) => {
                    assert!((m.to_nalgebra() - &c).abs().max() < 1e-9, "{ctx}")
                }
                (2, Value::Scalar(r)) => {
                    assert!((r.to_f64() - l1 / (l1 + l2)).abs() < 1e-12, "{ctx}")
                }
                (3, Value::Vector(v)) => {
                    let second = d.mistakes.iter().find(|m| m.name == "second_component");
                    let Some(Value::Vector(w)) = second.map(|m| &m.answer) else {
                        panic!("{ctx}: level 3 names the second component")
                    };
                    let e2 = eig.eigenvectors.column(i2);
                    let (p, q) = (w[0].to_f64(), w[1].to_f64());
                    assert!(
                        (p * e2[1] - q * e2[0]).abs() < 1e-9 * p.hypot(q),
                        "{ctx}: second component"
                    );
                    let e = eig.eigenvectors.column(i1);
                    let (a, b) = (v[0].to_f64(), v[1].to_f64());
                    assert!(
                        (a * e[1] - b * e[0]).abs() < 1e-9 * (a.hypot(b)),
                        "{ctx}: parallel to nalgebra's eigenvector"
                    );
                }
                other => panic!("{ctx}: unexpected answer {other:?}"),
            }
        });
    }
}
