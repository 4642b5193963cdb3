//! `ml.normal_equations`: the least-squares line `ŷ = wx + b` through a few points, by the normal
//! equations `XᵀXβ = Xᵀy` with `X = [x 1]` (the column of x, then the column of ones) and
//! `β = [w, b]`.
//!
//! Level 1: the slope w alone, or the intercept b given the slope, for 3–5 equally spaced x (so
//! `nΣx² − (Σx)²` has only the factors 2 and 5 and the slope is a short decimal). Level 2: `[w, b]`.
//! Level 3: the system itself, `XᵀX` (a matrix) or `Xᵀy` (a vector), for 4–5 points.
//!
//! Named mistakes: regressing x on y, no column of ones (no intercept), the slope `Σxy/Σx²`
//! without centring, the intercept's sign, the swapped means; at level 3 the columns in the
//! other order, `(Σx)²` for `Σx²`, `ΣxΣy` for `Σxy`.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{
    MAX_PLACES, Mistakes, chain, decimal, math_line, num, short_decimal,
};
use crate::exercises::common::{batch_line, decimal_operand, shown};
use crate::expr::Value;
use crate::math::{Matrix, Scalar};

pub struct NormalEquations;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Ask {
    Slope,
    /// The intercept, the slope being given.
    Intercept,
    Line,
    Gram,
    Moment,
}

struct Params {
    ask: Ask,
    x: Vec<i64>,
    y: Vec<i64>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let ask = match level {
        1 if rng.chance(1, 2) => Ask::Slope,
        1 => Ask::Intercept,
        2 => Ask::Line,
        3 if rng.chance(1, 2) => Ask::Gram,
        3 => Ask::Moment,
        l => return Err(GenError::Level(l)),
    };
    let (n, x) = if level < 3 {
        let n = rng.int(3, 5);
        let step = if level == 1 { 1 } else { rng.int(1, 2) };
        let a = rng.int(-2, 3);
        (n, (0..n).map(|k| a + step * k).collect::<Vec<_>>())
    } else {
        let n = rng.int(4, 5);
        let mut x: Vec<i64> = (0..n).map(|_| rng.int(-3, 6)).collect();
        x.sort_unstable();
        if x.windows(2).any(|w| w[0] == w[1]) {
            return Err(GenError::Redraw("repeated x"));
        }
        (n, x)
    };
    let y: Vec<i64> = (0..n).map(|_| rng.int(-4, 12)).collect();
    let s = Sums::of(&x, &y);
    if s.sxy().is_zero() || s.syy().is_zero() {
        return Err(GenError::Redraw("a flat line"));
    }
    Ok(Params { ask, x, y })
}

/// The sums the normal equations are made of.
struct Sums {
    n: Scalar,
    sx: Scalar,
    sy: Scalar,
    sxx: Scalar,
    sxy: Scalar,
    syy: Scalar,
}

impl Sums {
    fn of(x: &[i64], y: &[i64]) -> Sums {
        let f = |v: i64| Scalar::int(v);
        Sums {
            n: f(x.len() as i64),
            sx: f(x.iter().sum()),
            sy: f(y.iter().sum()),
            sxx: f(x.iter().map(|v| v * v).sum()),
            sxy: f(x.iter().zip(y).map(|(a, b)| a * b).sum()),
            syy: f(y.iter().map(|v| v * v).sum()),
        }
    }
    /// `nΣxy − ΣxΣy`: n times the centred cross sum.
    fn sxy(&self) -> Scalar {
        self.n * self.sxy - self.sx * self.sy
    }
    /// `nΣx² − (Σx)²`: n times the centred sum of squares, the determinant of XᵀX.
    fn det(&self) -> Scalar {
        self.n * self.sxx - self.sx * self.sx
    }
    fn syy(&self) -> Scalar {
        self.n * self.syy - self.sy * self.sy
    }
    fn slope(&self) -> Scalar {
        self.sxy().checked_div(self.det()).unwrap_or(Scalar::ZERO)
    }
    fn intercept(&self, w: Scalar) -> Scalar {
        (self.sy - w * self.sx) * self.n.recip().unwrap_or(Scalar::ZERO)
    }
}

fn nice(x: Scalar) -> Scalar {
    short_decimal(x, MAX_PLACES)
}

const X_ON_Y: &str = "That regresses x on y: it minimises the horizontal distances. The \
     least-squares line for predicting y minimises the vertical ones, (y − ŷ)².";
const NO_ONES: &str = "That fits a line through the origin: without the column of ones in X \
     there is no intercept. X = [x 1], so XᵀX is 2×2 and β = [w, b].";
const UNCENTRED: &str = "You took the slope as Σxy/Σx², without centring: that is the slope of \
     a line forced through the origin. With an intercept, w = (nΣxy − ΣxΣy)/(nΣx² − (Σx)²).";

impl NormalEquations {
    fn build(&self, p: &Params) -> Result<Draft, GenError> {
        let n = p.x.len();
        let s = Sums::of(&p.x, &p.y);
        let w = s.slope();
        let b = s.intercept(w);
        let origin = s.sxy.checked_div(s.sxx).unwrap_or(Scalar::ZERO);
        let w_xy = s.sxy().checked_div(s.syy()).unwrap_or(Scalar::ZERO);
        let b_xy = (s.sx - w_xy * s.sy) * s.n.recip().unwrap_or(Scalar::ZERO);
        let (xs, ys) = (
            p.x.iter().map(|&v| Scalar::int(v)).collect::<Vec<_>>(),
            p.y.iter().map(|&v| Scalar::int(v)).collect::<Vec<_>>(),
        );
        let gram = Matrix::from_rows(vec![vec![s.sxx, s.sx], vec![s.sx, s.n]]).expect("2×2");
        let moment = vec![s.sxy, s.sy];
        let mut prompt = vec![
            Line::text(format!("The {n} points")),
            batch_line("  ", "x", &xs),
            batch_line("  ", "y", &ys),
        ];
        let setup = "The least-squares line ŷ = wx + b solves the normal equations XᵀXβ = Xᵀy, \
                     where X = [x 1] has the column of x and a column of ones, and β = [w, b].";
        let sums_line = Line::text("The sums: ").m(format!(
            "n = {n},  Σx = {},  Σy = {},  Σx² = {},  Σxy = {}",
            num(s.sx),
            num(s.sy),
            num(s.sxx),
            num(s.sxy)
        ));
        let system = Line::text("The normal equations: ")
            .m("XᵀX = ")
            .v(gram.clone())
            .m(",  Xᵀy = ")
            .v(moment.clone());
        let slope_line = math_line(&chain(
            "w",
            &[
                "(nΣxy − ΣxΣy)/(nΣx² − (Σx)²)".into(),
                format!(
                    "({n}·{} − {}·{})/({n}·{} − {}²)",
                    num(s.sxy),
                    decimal_operand(s.sx),
                    decimal_operand(s.sy),
                    num(s.sxx),
                    decimal_operand(s.sx)
                ),
                format!("{}/{}", num(s.sxy()), num(s.det())),
                shown(w),
            ],
        ));
        let intercept_line = |w_shown: &str| {
            math_line(&chain(
                "b",
                &[
                    "(Σy − wΣx)/n".into(),
                    format!("({} − {w_shown}·{})/{n}", num(s.sy), decimal_operand(s.sx)),
                    shown(b),
                ],
            ))
        };
        let (answer, mistakes, solution, hints) = match p.ask {
            Ask::Slope => {
                prompt.push(Line::text(setup));
                prompt.push(Line::text("Find the slope w of the least-squares line."));
                let answer = AnswerSpec::scalar(nice(w));
                let mut m = Mistakes::new(&answer.expected);
                m.require("x_on_y", nice(w_xy), X_ON_Y)?;
                m.require("uncentred_slope", nice(origin), UNCENTRED)?;
                m.optional(
                    "inverted_slope",
                    s.det().checked_div(s.sxy()).unwrap_or(Scalar::ZERO),
                    "That is the ratio upside down: the slope is the cross sum over the sum \
                     of squares of x, (nΣxy − ΣxΣy)/(nΣx² − (Σx)²).",
                );
                let solution = vec![
                    sums_line,
                    system,
                    Line::text("Eliminate b from the two equations (Cramer's rule):"),
                    slope_line,
                ];
                let hints = vec![
                    "Write out XᵀX = [Σx² Σx; Σx n] and Xᵀy = [Σxy, Σy] from the sums.".to_string(),
                    format!(
                        "Solving the system gives w = (nΣxy − ΣxΣy)/(nΣx² − (Σx)²) = {}/{}.",
                        num(s.sxy()),
                        num(s.det())
                    ),
                ];
                (answer, m, solution, hints)
            }
            Ask::Intercept => {
                let wt = decimal(w);
                prompt.push(Line::text(setup));
                prompt.push(Line::text(format!(
                    "The least-squares slope is w = {wt}. Find the intercept b."
                )));
                let answer = AnswerSpec::scalar(nice(b));
                let inv_n = s.n.recip().unwrap_or(Scalar::ZERO);
                let mut m = Mistakes::new(&answer.expected);
                m.require(
                    "intercept_sign",
                    nice((s.sy + w * s.sx) * inv_n),
                    "The slope term has the wrong sign: the line passes through (x̄, ȳ), so \
                     ȳ = w·x̄ + b and b = ȳ − w·x̄.",
                )?;
                m.require(
                    "mean_of_y",
                    nice(s.sy * inv_n),
                    "That is ȳ, the mean of y: it is the intercept only when x̄ = 0. \
                     Subtract w·x̄: b = ȳ − w·x̄.",
                )?;
                m.optional(
                    "swapped_means",
                    nice((s.sx - w * s.sy) * inv_n),
                    "You swapped the means: the line passes through (x̄, ȳ), so b = ȳ − w·x̄.",
                );
                let solution = vec![
                    sums_line,
                    Line::text("The second normal equation, Σx·w + n·b = Σy, gives b:"),
                    intercept_line(&decimal_operand(w)),
                ];
                let hints = vec![
                    "The second row of XᵀXβ = Xᵀy reads Σx·w + n·b = Σy: the line passes \
                     through the point of means (x̄, ȳ)."
                        .to_string(),
                    format!(
                        "Here Σx = {} and Σy = {}: b = (Σy − wΣx)/n with n = {n}.",
                        num(s.sx),
                        num(s.sy)
                    ),
                ];
                (answer, m, solution, hints)
            }
            Ask::Line => {
                prompt.push(Line::text(setup));
                prompt.push(Line::text("Find β = [w, b]."));
                let pair = |a: Scalar, c: Scalar| Value::Vector(vec![nice(a), nice(c)]);
                let answer = AnswerSpec::entrywise(pair(w, b));
                let mut m = Mistakes::new(&answer.expected);
                m.require("x_on_y", pair(w_xy, b_xy), X_ON_Y)?;
                m.require("no_intercept", pair(origin, Scalar::ZERO), NO_ONES)?;
                m.optional(
                    "uncentred_slope",
                    pair(origin, s.intercept(origin)),
                    UNCENTRED,
                );
                let solution = vec![
                    sums_line,
                    system,
                    Line::text("Solve the 2×2 system: eliminate b for w, then back-substitute:"),
                    slope_line,
                    intercept_line(&decimal_operand(w)),
                    Line::text("So ").m("β = ").v(answer.expected.clone()),
                ];
                let hints = vec![
                    "Write out XᵀX = [Σx² Σx; Σx n] and Xᵀy = [Σxy, Σy] from the sums.".to_string(),
                    format!(
                        "Solving gives w = (nΣxy − ΣxΣy)/(nΣx² − (Σx)²) = {}/{}.",
                        num(s.sxy()),
                        num(s.det())
                    ),
                    format!(
                        "With w = {}: b = (Σy − wΣx)/n, with Σy = {}, Σx = {}, n = {n}.",
                        decimal(w),
                        num(s.sy),
                        num(s.sx)
                    ),
                ];
                (answer, m, solution, hints)
            }
            Ask::Gram => {
                prompt.push(Line::text(setup));
                prompt.push(Line::text("Find the 2×2 matrix XᵀX."));
                let answer = AnswerSpec::entrywise(gram.clone());
                let mut m = Mistakes::new(&answer.expected);
                let other =
                    Matrix::from_rows(vec![vec![s.n, s.sx], vec![s.sx, s.sxx]]).expect("2×2");
                m.require(
                    "column_order",
                    other,
                    "That is XᵀX with the column of ones first. Here X = [x 1]: the x column \
                     comes first, so Σx² is the top-left entry.",
                )?;
                let squared =
                    Matrix::from_rows(vec![vec![s.sx * s.sx, s.sx], vec![s.sx, s.n]]).expect("2×2");
                m.require(
                    "square_of_sum",
                    squared,
                    "The top-left entry is (Σx)², the square of the sum. The column of x dotted \
                     with itself is Σx², the sum of the squares.",
                )?;
                m.optional(
                    "ones_sum",
                    Matrix::from_rows(vec![vec![s.sxx, s.sx], vec![s.sx, Scalar::ONE]])
                        .expect("2×2"),
                    "The bottom-right entry is the column of ones dotted with itself: 1 + 1 + … \
                     = n, not 1.",
                );
                let solution = vec![
                    Line::text("XᵀX holds the dot products of the columns x and 1:"),
                    sums_line,
                    Line::text("So ")
                        .m("XᵀX = [x·x  x·1; 1·x  1·1] = ")
                        .v(gram.clone()),
                ];
                let hints = vec![
                    "Entry (i, j) of XᵀX is the dot product of columns i and j of X = [x 1]."
                        .to_string(),
                    format!(
                        "x·x = Σx² = {}, x·1 = Σx = {}, 1·1 = n = {n}.",
                        num(s.sxx),
                        num(s.sx)
                    ),
                ];
                (answer, m, solution, hints)
            }
            Ask::Moment => {
                prompt.push(Line::text(setup));
                prompt.push(Line::text("Find the vector Xᵀy."));
                let answer = AnswerSpec::entrywise(moment.clone());
                let mut m = Mistakes::new(&answer.expected);
                m.require(
                    "product_of_sums",
                    vec![s.sx * s.sy, s.sy],
                    "The first entry is ΣxΣy, the product of the sums. The column x dotted with \
                     y is Σxy, the sum of the products xᵢyᵢ.",
                )?;
                m.require(
                    "column_order",
                    vec![s.sy, s.sxy],
                    "That puts the ones column first. Here X = [x 1]: Xᵀy = [x·y, 1·y].",
                )?;
                let pairs: Vec<String> =
                    p.x.iter()
                        .zip(&p.y)
                        .map(|(&a, &c)| {
                            format!(
                                "{}·{}",
                                num(Scalar::int(a)),
                                decimal_operand(Scalar::int(c))
                            )
                        })
                        .collect();
                let solution = vec![
                    Line::text("Xᵀy holds the dot products of the columns x and 1 with y:"),
                    math_line(&chain("x·y", &[pairs.join(" + "), num(s.sxy)])),
                    math_line(&chain("1·y", &["Σy".into(), num(s.sy)])),
                    Line::text("So ").m("Xᵀy = ").v(answer.expected.clone()),
                ];
                let hints = vec![
                    "Entry i of Xᵀy is the dot product of column i of X = [x 1] with y."
                        .to_string(),
                    "The first entry is Σxᵢyᵢ, the second Σyᵢ.".to_string(),
                ];
                (answer, m, solution, hints)
            }
        };
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

impl Exercise for NormalEquations {
    fn id(&self) -> &'static str {
        "ml.normal_equations"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        self.build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::read_batch;
    use crate::exercises::common::testing::{Seen, given, last_hint, near, prompt_text, soundness};
    use nalgebra::{DMatrix, DVector};

    #[test]
    fn lines_match_a_least_squares_solve() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        let mut asks = [0usize; 5];
        soundness(&NormalEquations, &[1, 2, 3], |level, d, ctx| {
            let text = prompt_text(d);
            let (x, y) = (read_batch(d, "x"), read_batch(d, "y"));
            let n = x.len();
            assert_eq!(n, y.len());
            let design = DMatrix::from_fn(n, 2, |i, j| if j == 0 { x[i] } else { 1.0 });
            let beta = design
                .clone()
                .svd(true, true)
                .solve(&DVector::from_column_slice(&y), 1e-12)
                .unwrap();
            let got: Vec<f64> = match &d.answer.expected {
                Value::Scalar(v) => vec![v.to_f64()],
                Value::Vector(v) => v.iter().map(Scalar::to_f64).collect(),
                Value::Matrix(m) => m.entries().iter().map(Scalar::to_f64).collect(),
                other => panic!("{other:?}"),
            };
            let want: Vec<f64> = if text.contains("Find the slope") {
                asks[0] += 1;
                vec![beta[0]]
            } else if text.contains("Find the intercept") {
                asks[1] += 1;
                vec![beta[1]]
            } else if text.contains("Find β") {
                asks[2] += 1;
                vec![beta[0], beta[1]]
            } else if text.contains("XᵀX.") {
                asks[3] += 1;
                (design.transpose() * &design)
                    .transpose()
                    .iter()
                    .copied()
                    .collect()
            } else {
                asks[4] += 1;
                (design.transpose() * DVector::from_column_slice(&y))
                    .iter()
                    .copied()
                    .collect()
            };
            assert_eq!(got.len(), want.len(), "{ctx}");
            for (g, w) in got.iter().zip(&want) {
                assert!(
                    (g - w).abs() <= 1e-9 * w.abs().max(1.0),
                    "{ctx}: {got:?} vs {want:?}"
                );
            }
            if level < 3 {
                assert!((3..=5).contains(&n), "{ctx}");
                let step = x[1] - x[0];
                assert!(x.windows(2).all(|w| w[1] - w[0] == step), "{ctx}");
                assert!(step == 1.0 || (level == 2 && step == 2.0), "{ctx}");
                // The slope is a short decimal: nΣx² − (Σx)² has only the factors 2 and 5.
                let w = beta[0] * 1e4;
                assert!(near(w, w.round()), "{ctx}: slope {}", beta[0]);
            } else {
                assert!((4..=5).contains(&n), "{ctx}");
            }
            if text.contains("Find the intercept") {
                assert!(near(given(d, "w"), beta[0]), "{ctx}");
            }
            // The last hint is the last step before the answer.
            let last = last_hint(d);
            let tail = [
                ("Find the slope", "/"),
                ("Find the intercept", &format!("with n = {n}.")[..]),
                ("Find β", &format!("n = {n}.")[..]),
                ("XᵀX.", &format!("1·1 = n = {n}.")[..]),
                ("Xᵀy.", "the second Σyᵢ."),
            ];
            let (_, end) = tail.iter().find(|(k, _)| text.contains(k)).unwrap();
            assert!(last.contains(end), "{ctx}: {last}");
            seen[level as usize - 1].note(d);
        });
        assert!(asks.iter().all(|&c| c > 100), "{asks:?}");
        seen[0].assert_exactly(&[
            "x_on_y",
            "uncentred_slope",
            "inverted_slope",
            "intercept_sign",
            "mean_of_y",
            "swapped_means",
        ]);
        seen[1].assert_exactly(&["x_on_y", "no_intercept", "uncentred_slope"]);
        seen[2].assert_exactly(&[
            "column_order",
            "square_of_sum",
            "ones_sum",
            "product_of_sums",
        ]);
    }
}
