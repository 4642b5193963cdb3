//! `ml.ridge_solution`: the ridge coefficients in closed form, with sklearn's `Ridge` objective
//! `‖y − Xw‖² + α‖w‖²` (no ½, no 1/n; the intercept is not penalised).
//!
//! Level 1: centred data without intercept, `XᵀX` and `Xᵀy` given: `w = (XᵀX + αI)⁻¹Xᵀy`,
//! built backwards from an integer `w` and an integer `XᵀX + αI` of determinant at most 12.
//! Level 2: one feature with an intercept on 3–4 points: `w = Sxy/(Sxx + α)`, `b = ȳ − w·x̄`
//! with the centred sums `Sxx = Σ(x − x̄)²`, `Sxy = Σ(x − x̄)(y − ȳ)`. Level 3: two centred
//! features on 4 rows, the Gram matrix computed from the data. Answers are exact.
//!
//! Named mistakes: α added to every entry of `XᵀX`, the intercept penalised, the ordinary least
//! squares solution (α forgotten), 2α or α/2 (glmnet's `1/(2n)` scaling, or a ½ in front of the
//! penalty).

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{
    MAX_PLACES, Mistakes, chain, decimal, math_line, num, short_decimal,
};
use crate::exercises::common::{batch, batch_line, decimal_operand};
use crate::expr::Value;
use crate::math::{Matrix, Scalar};

pub struct RidgeSolution;

enum Params {
    /// `XᵀX`, `Xᵀy` and α (level 1).
    Gram {
        g: [[i64; 2]; 2],
        c: [i64; 2],
        alpha: i64,
    },
    /// One feature with intercept (level 2).
    Line {
        x: Vec<i64>,
        y: Vec<i64>,
        alpha: i64,
    },
    /// Two centred features: rows of X and y (level 3).
    Data {
        rows: Vec<[i64; 2]>,
        y: Vec<i64>,
        alpha: i64,
    },
}

/// `rows` integers of `lo..=hi` and the last one that makes them sum to 0.
fn centred(rng: &mut DrillRng, rows: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut v: Vec<i64> = (0..rows - 1).map(|_| rng.int(lo, hi)).collect();
    v.push(-v.iter().sum::<i64>());
    v
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let alpha = rng.int(1, 4);
    match level {
        1 => {
            let off = rng.nonzero_int(-3, 3);
            let a = rng.int(alpha + 1, alpha + 6);
            let d = rng.int(alpha + 1, alpha + 6);
            let w = [rng.nonzero_int(-3, 3), rng.nonzero_int(-3, 3)];
            let c = [a * w[0] + off * w[1], off * w[0] + d * w[1]];
            let g = [[a - alpha, off], [off, d - alpha]];
            if g[0][0] * g[1][1] - off * off <= 0 {
                return Err(GenError::Redraw("XᵀX is not positive definite"));
            }
            Ok(Params::Gram { g, c, alpha })
        }
        2 => {
            let n = rng.int(3, 4);
            let a = rng.int(-1, 2);
            let x = (0..n).map(|k| a + k).collect();
            let y = (0..n).map(|_| rng.int(-2, 9)).collect();
            Ok(Params::Line { x, y, alpha })
        }
        3 => {
            let c1 = centred(rng, 4, -3, 3);
            let c2 = centred(rng, 4, -3, 3);
            let y = centred(rng, 4, -4, 4);
            let rows = c1.iter().zip(&c2).map(|(&a, &b)| [a, b]).collect();
            Ok(Params::Data { rows, y, alpha })
        }
        l => Err(GenError::Level(l)),
    }
}

/// The solution of the 2×2 system `m·v = c` by Cramer's rule, exact; `None` when singular.
fn solve2(m: [[Scalar; 2]; 2], c: [Scalar; 2]) -> Option<[Scalar; 2]> {
    let det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    Some([
        (c[0] * m[1][1] - m[0][1] * c[1]).checked_div(det)?,
        (m[0][0] * c[1] - m[1][0] * c[0]).checked_div(det)?,
    ])
}

/// `m + k·I`, or `m + k` in every entry.
fn shifted(m: [[Scalar; 2]; 2], k: Scalar, every: bool) -> [[Scalar; 2]; 2] {
    let mut out = m;
    for (i, row) in out.iter_mut().enumerate() {
        for (j, e) in row.iter_mut().enumerate() {
            if i == j || every {
                *e = *e + k;
            }
        }
    }
    out
}

fn matrix(m: [[Scalar; 2]; 2]) -> Matrix {
    Matrix::from_rows(m.iter().map(|r| r.to_vec()).collect()).expect("2×2")
}

fn vector(v: [Scalar; 2]) -> Value {
    Value::Vector(v.iter().map(|&x| short_decimal(x, MAX_PLACES)).collect())
}

const OLS: &str = "That is the ordinary least-squares solution: α is missing. Ridge adds α to \
     the diagonal before solving: (XᵀX + αI)w = Xᵀy.";
const EVERY_ENTRY: &str = "You added α to every entry of XᵀX. The penalty α‖w‖² has the \
     gradient 2αw, which puts α on the diagonal only: XᵀX + αI.";
const TWICE: &str = "That solves with 2α on the diagonal (as if the penalty were 2α‖w‖², or the \
     data term had a ½). With sklearn's ‖y − Xw‖² + α‖w‖² the system is (XᵀX + αI)w = Xᵀy.";
const HALF: &str = "That solves with α/2 on the diagonal (as if the penalty were (α/2)‖w‖²). \
     With sklearn's ‖y − Xw‖² + α‖w‖² the system is (XᵀX + αI)w = Xᵀy.";

/// The objective, as every prompt states it.
const OBJECTIVE: &str = "‖y − Xw‖² + α‖w‖²";

/// The level 1 and 3 draft: the Gram matrix and `Xᵀy`, solved with α on the diagonal.
fn two_features(
    mut prompt: Vec<Line>,
    mut solution: Vec<Line>,
    g: [[Scalar; 2]; 2],
    c: [Scalar; 2],
    alpha: i64,
    first_hint: String,
) -> Result<Draft, GenError> {
    let a = Scalar::int(alpha);
    let redraw = GenError::Redraw("a singular system");
    let m = shifted(g, a, false);
    let w = solve2(m, c).ok_or(redraw.clone())?;
    let answer = AnswerSpec::entrywise(vector(w));
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require("ols", vector(solve2(g, c).ok_or(redraw.clone())?), OLS)?;
    mistakes.require(
        "alpha_every_entry",
        vector(solve2(shifted(g, a, true), c).ok_or(redraw.clone())?),
        EVERY_ENTRY,
    )?;
    if let Some(v) = solve2(shifted(g, a * Scalar::int(2), false), c) {
        mistakes.optional("double_alpha", vector(v), TWICE);
    }
    if let Some(v) = solve2(shifted(g, a * Scalar::frac(1, 2), false), c) {
        mistakes.optional("half_alpha", vector(v), HALF);
    }
    let det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    let adj = [[m[1][1], -m[0][1]], [-m[1][0], m[0][0]]];
    prompt.push(Line::text(format!(
        "Find the ridge coefficients w = [w₁, w₂] that minimise sklearn's Ridge objective \
         {OBJECTIVE} with α = {alpha} (no intercept: the data are centred)."
    )));
    solution.push(
        Line::text("Add α to the diagonal: ")
            .m("XᵀX + αI = ")
            .v(matrix(m)),
    );
    solution.push(math_line(&chain(
        "det(XᵀX + αI)",
        &[
            format!(
                "{}·{} − {}·{}",
                num(m[0][0]),
                num(m[1][1]),
                decimal_operand(m[0][1]),
                decimal_operand(m[1][0])
            ),
            num(det),
        ],
    )));
    let adj_c = [
        adj[0][0] * c[0] + adj[0][1] * c[1],
        adj[1][0] * c[0] + adj[1][1] * c[1],
    ];
    solution.push(
        Line::text("Its inverse: ")
            .m(format!("(XᵀX + αI)⁻¹ = (1/{})·", num(det)))
            .v(matrix(adj)),
    );
    solution.push(
        Line::text("Times Xᵀy: ")
            .m(format!("w = (1/{})·", num(det)))
            .v(adj_c.to_vec()),
    );
    solution.push(Line::text("So ").m("w = ").v(answer.expected.clone()));
    let hints = vec![
        first_hint,
        format!(
            "XᵀX + αI = [{} {}; {} {}], with determinant {}.",
            num(m[0][0]),
            num(m[0][1]),
            num(m[1][0]),
            num(m[1][1]),
            num(det)
        ),
        format!(
            "Its inverse is (1/{})·[{} {}; {} {}]: multiply it by Xᵀy.",
            num(det),
            num(adj[0][0]),
            num(adj[0][1]),
            num(adj[1][0]),
            num(adj[1][1])
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

fn ints(xs: &[i64]) -> Vec<Scalar> {
    xs.iter().map(|&v| Scalar::int(v)).collect()
}

fn with_intercept(x: &[i64], y: &[i64], alpha: i64) -> Result<Draft, GenError> {
    let n = x.len() as i64;
    let (xs, ys) = (ints(x), ints(y));
    let sum = |v: &[Scalar]| v.iter().fold(Scalar::ZERO, |s, &t| s + t);
    let inv_n = Scalar::frac(1, n);
    let (mx, my) = (sum(&xs) * inv_n, sum(&ys) * inv_n);
    let sxx = xs
        .iter()
        .fold(Scalar::ZERO, |s, &v| s + (v - mx) * (v - mx));
    let sxy = xs
        .iter()
        .zip(&ys)
        .fold(Scalar::ZERO, |s, (&a, &b)| s + (a - mx) * (b - my));
    if sxy.is_zero() {
        return Err(GenError::Redraw("a flat line"));
    }
    let a = Scalar::int(alpha);
    let fit = |k: Scalar| -> Option<Value> {
        let w = sxy.checked_div(sxx + k)?;
        Some(vector([w, my - w * mx]))
    };
    let redraw = GenError::Redraw("a singular system");
    let answer = AnswerSpec::entrywise(fit(a).ok_or(redraw.clone())?);
    let (w, b) = match &answer.expected {
        Value::Vector(v) => (v[0], v[1]),
        _ => unreachable!("a vector"),
    };
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require("ols", fit(Scalar::ZERO).ok_or(redraw.clone())?, OLS)?;
    let sx2 = xs.iter().fold(Scalar::ZERO, |s, &v| s + v * v);
    let sxyr = xs
        .iter()
        .zip(&ys)
        .fold(Scalar::ZERO, |s, (&p, &q)| s + p * q);
    let penalised = solve2(
        [[sx2 + a, sum(&xs)], [sum(&xs), Scalar::int(n) + a]],
        [sxyr, sum(&ys)],
    )
    .ok_or(redraw)?;
    mistakes.require(
        "penalised_intercept",
        vector(penalised),
        "You penalised the intercept too (α on both diagonal entries of the system for \
         [w, b]). sklearn's Ridge leaves b free: centre x and y, shrink only w, then \
         b = ȳ − w·x̄.",
    )?;
    if let Some(v) = fit(a * Scalar::int(2)) {
        mistakes.optional("double_alpha", v, TWICE);
    }
    if let Some(v) = fit(a * Scalar::frac(1, 2)) {
        mistakes.optional("half_alpha", v, HALF);
    }
    let prompt = vec![
        Line::text(format!("The {n} points")),
        batch_line("  ", "x", &xs),
        batch_line("  ", "y", &ys),
        Line::text(format!(
            "are fit by ŷ = wx + b with sklearn's Ridge objective Σ(yᵢ − ŷᵢ)² + αw², α = \
             {alpha}; the intercept b is not penalised. Find [w, b]."
        )),
    ];
    let dx: Vec<Scalar> = xs.iter().map(|&v| v - mx).collect();
    let dy: Vec<Scalar> = ys.iter().map(|&v| v - my).collect();
    let solution = vec![
        Line::text("Centre the data (b is not penalised, so it only shifts the means): ")
            .m(format!("x̄ = {},  ȳ = {}", decimal(mx), decimal(my))),
        math_line(&format!("x − x̄ = {},  y − ȳ = {}", batch(&dx), batch(&dy))),
        math_line(&format!(
            "Sxx = Σ(x − x̄)² = {},  Sxy = Σ(x − x̄)(y − ȳ) = {}",
            decimal(sxx),
            decimal(sxy)
        )),
        math_line(&chain(
            "w",
            &[
                "Sxy/(Sxx + α)".into(),
                format!("{}/({} + {alpha})", decimal(sxy), decimal(sxx)),
                decimal(w),
            ],
        )),
        math_line(&chain(
            "b",
            &[
                "ȳ − w·x̄".into(),
                format!(
                    "{} − {}·{}",
                    decimal(my),
                    decimal_operand(w),
                    decimal_operand(mx)
                ),
                decimal(b),
            ],
        )),
        Line::text("So ").m("[w, b] = ").v(answer.expected.clone()),
    ];
    let hints = vec![
        "With an unpenalised intercept, centre x and y: the slope shrinks, the intercept \
         puts the line through (x̄, ȳ)."
            .to_string(),
        format!(
            "x̄ = {}, ȳ = {}; Sxx = {} and Sxy = {}.",
            decimal(mx),
            decimal(my),
            decimal(sxx),
            decimal(sxy)
        ),
        format!(
            "w = Sxy/(Sxx + α) = {}/{}; then b = ȳ − w·x̄.",
            decimal(sxy),
            decimal(sxx + a)
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

impl Exercise for RidgeSolution {
    fn id(&self) -> &'static str {
        "ml.ridge_solution"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match draw(level, rng)? {
            Params::Gram { g, c, alpha } => {
                let g = g.map(|r| r.map(Scalar::int));
                let c = c.map(Scalar::int);
                let prompt = vec![
                    Line::text("Two centred features give")
                        .m("  XᵀX = ")
                        .v(matrix(g))
                        .m(",  Xᵀy = ")
                        .v(c.to_vec())
                        .t("."),
                ];
                let first = "Setting the gradient of the objective to zero gives \
                             (XᵀX + αI)w = Xᵀy: α goes on the diagonal only."
                    .to_string();
                two_features(prompt, vec![], g, c, alpha, first)
            }
            Params::Line { x, y, alpha } => with_intercept(&x, &y, alpha),
            Params::Data { rows, y, alpha } => {
                let x = Matrix::from_rows(
                    rows.iter()
                        .map(|r| r.iter().map(|&v| Scalar::int(v)).collect())
                        .collect(),
                )
                .expect("4×2");
                let ys = ints(&y);
                let xt = x.transpose();
                let gm = xt.mul(&x).expect("2×2");
                let cv = xt.mul_vec(&ys).expect("2");
                let g = [[gm.get(0, 0), gm.get(0, 1)], [gm.get(1, 0), gm.get(1, 1)]];
                let c = [cv[0], cv[1]];
                let prompt = vec![
                    Line::text("The centred data (each column sums to 0)")
                        .m("  X = ")
                        .v(x.clone())
                        .m(",  y = ")
                        .v(ys.clone()),
                ];
                let solution = vec![
                    Line::text("From the data: ")
                        .m("XᵀX = ")
                        .v(gm.clone())
                        .m(",  Xᵀy = ")
                        .v(cv.clone()),
                ];
                let first = format!(
                    "First XᵀX = [{} {}; {} {}] and Xᵀy = ({}, {}); then solve \
                     (XᵀX + αI)w = Xᵀy.",
                    num(g[0][0]),
                    num(g[0][1]),
                    num(g[1][0]),
                    num(g[1][1]),
                    num(c[0]),
                    num(c[1])
                );
                two_features(prompt, solution, g, c, alpha, first)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Piece;
    use crate::exercises::common::testing::read_batch;
    use crate::exercises::common::testing::{Seen, last_hint, number_after, soundness};
    use nalgebra::{DMatrix, DVector, Matrix2, Vector2};

    /// The prompt's typeset values, in order.
    fn values(d: &Draft) -> Vec<Value> {
        d.prompt
            .iter()
            .flat_map(|l| &l.0)
            .filter_map(|p| match p {
                Piece::Value(v) => Some(v.clone()),
                _ => None,
            })
            .collect()
    }

    fn f64s(v: &Value) -> Vec<f64> {
        match v {
            Value::Vector(x) => x.iter().map(Scalar::to_f64).collect(),
            Value::Matrix(m) => m.entries().iter().map(Scalar::to_f64).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ridge_matches_a_penalised_least_squares_solve() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness(&RidgeSolution, &[1, 2, 3], |level, d, ctx| {
            let alpha = number_after(d, "α = ");
            assert!((1.0..=4.0).contains(&alpha), "{ctx}");
            let got = f64s(&d.answer.expected);
            let want: Vec<f64> = match level {
                1 | 3 => {
                    let vals = values(d);
                    let (g, c) = if level == 1 {
                        let g = f64s(&vals[0]);
                        (
                            Matrix2::from_row_slice(&g),
                            Vector2::from_column_slice(&f64s(&vals[1])),
                        )
                    } else {
                        let xm = f64s(&vals[0]);
                        let x = DMatrix::from_row_slice(4, 2, &xm);
                        let y = DVector::from_column_slice(&f64s(&vals[1]));
                        for j in 0..2 {
                            assert_eq!(x.column(j).sum(), 0.0, "{ctx}: not centred");
                        }
                        let g = x.transpose() * &x;
                        let c = x.transpose() * y;
                        (
                            Matrix2::from_iterator(g.iter().copied()),
                            Vector2::from_iterator(c.iter().copied()),
                        )
                    };
                    let w = (g + Matrix2::identity() * alpha).lu().solve(&c).unwrap();
                    assert!(last_hint(d).ends_with("multiply it by Xᵀy."), "{ctx}");
                    vec![w[0], w[1]]
                }
                _ => {
                    // The augmented system [x 1] with the penalty on w only.
                    let (x, y) = (read_batch(d, "x"), read_batch(d, "y"));
                    let n = x.len();
                    let a = DMatrix::from_fn(n, 2, |i, j| if j == 0 { x[i] } else { 1.0 });
                    let mut lhs = a.transpose() * &a;
                    lhs[(0, 0)] += alpha;
                    let beta = lhs
                        .lu()
                        .solve(&(a.transpose() * DVector::from_column_slice(&y)))
                        .unwrap();
                    assert!(last_hint(d).ends_with("then b = ȳ − w·x̄."), "{ctx}");
                    vec![beta[0], beta[1]]
                }
            };
            assert_eq!(got.len(), 2, "{ctx}");
            for (g, w) in got.iter().zip(&want) {
                assert!(
                    (g - w).abs() <= 1e-9 * w.abs().max(1.0),
                    "{ctx}: {got:?} vs {want:?}"
                );
            }
            if level == 1 {
                assert!(
                    got.iter().all(|v| v.fract() == 0.0 && v.abs() <= 3.0),
                    "{ctx}"
                );
            }
            seen[level as usize - 1].note(d);
        });
        let full = ["ols", "alpha_every_entry", "double_alpha", "half_alpha"];
        seen[0].assert_exactly(&full);
        seen[2].assert_exactly(&full);
        seen[1].assert_exactly(&["ols", "penalised_intercept", "double_alpha", "half_alpha"]);
    }
}
