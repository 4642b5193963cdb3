//! `stats.least_squares_line`: the least-squares line y = a + b·x of paired data:
//! b = Sxy/Sxx and a = ȳ − b·x̄.
//!
//! Built with [`Paired::shaped`] so the slope is p/c exactly (c ∈ {1, 2}: an integer or a half)
//! and r² = p²/(p² + q²). Level 1: the slope b of 4 pairs. Level 2: the intercept a of 4 or 8
//! pairs. Level 3: r² or the line's prediction at a given x, 8 pairs. Named mistakes: Sxy/Syy
//! (regressing x on y), the covariance for the slope, the intercept with the means swapped or
//! with the wrong sign, r for r², the prediction without the intercept.

use super::paired::Paired;
use super::summary::per;
use super::text::{answer_value, shown};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, signed_join};
use crate::exercises::common::{decimal, decimal_factor};
use crate::math::Scalar;

pub struct LeastSquaresLine;

/// What a level asks.
#[derive(Clone, Copy, PartialEq)]
enum Ask {
    Slope,
    Intercept,
    RSquared,
    Predict(i64),
}

/// A term `coef·what` of a sum, with its sign apart for [`signed_join`] and a coefficient of 1
/// left out: `(true, "2·18")` for −2 and `18`, `(false, "18")` for 1; `joiner` is `·` before a
/// number and empty before a variable (`2x`).
fn term(coef: Scalar, what: &str, joiner: &str) -> (bool, String) {
    let size = coef.abs();
    let text = if size == Scalar::ONE {
        what.to_string()
    } else {
        format!("{}{joiner}{what}", decimal(size))
    };
    (coef.to_f64() < 0.0, text)
}

/// `a + b·x` with b's sign folded in and no coefficient 1, at the variable (`72 − 2x`, `5 + x`)
/// or at a number (`72 − 2·18`); a zero intercept is left out (`−2x`).
fn line_text(a: Scalar, b: Scalar, x: Option<i64>) -> String {
    let mut terms = Vec::new();
    if !a.is_zero() {
        terms.push((a.to_f64() < 0.0, decimal(a.abs())));
    }
    terms.push(match x {
        Some(x0) => term(b, &x0.to_string(), "·"),
        None => term(b, "x", ""),
    });
    signed_join(&terms)
}

const SWAPPED: &str = "The intercept uses the means the other way round: the line passes \
     through the point of means, so a = (mean of y) − b·(mean of x).";

impl Exercise for LeastSquaresLine {
    fn id(&self) -> &'static str {
        "stats.least_squares_line"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (blocks, ask) = match level {
            1 => (1, Ask::Slope),
            2 => (rng.int(1, 2) as usize, Ask::Intercept),
            3 if rng.chance(1, 2) => (2, Ask::RSquared),
            3 => (2, Ask::Predict(0)),
            l => return Err(GenError::Level(l)),
        };
        let c = rng.int(1, 2);
        let p = rng.sign() * rng.int(1, 4);
        let q = rng.sign() * rng.int(1, 3);
        let centres = (rng.int(8, 15), rng.int(25, 50));
        let d = Paired::shaped(rng, blocks, 3, (c, p, q), centres);
        let ask = match ask {
            Ask::Predict(_) => {
                let lo = d.xs.iter().map(|x| x.to_f64() as i64).min().unwrap_or(0);
                let hi = d.xs.iter().map(|x| x.to_f64() as i64).max().unwrap_or(0);
                Ask::Predict(rng.int(lo, hi))
            }
            other => other,
        };
        let b = d
            .sxy
            .checked_div(d.sxx)
            .ok_or(GenError::Redraw("no spread in x"))?;
        let a = d.my - b * d.mx;
        let r2 = (d.sxy * d.sxy)
            .checked_div(d.sxx * d.syy)
            .ok_or(GenError::Redraw("no spread in y"))?;
        let v = answer_value;
        let expected = match ask {
            Ask::Slope => b,
            Ask::Intercept => a,
            Ask::RSquared => r2,
            Ask::Predict(x0) => a + b * Scalar::int(x0),
        };
        let answer = AnswerSpec::scalar(v(expected));
        let mut mistakes = Mistakes::new(&answer.expected);
        let swapped_a = d.mx - b * d.my;
        match ask {
            Ask::Slope => {
                mistakes.require(
                    "x_on_y",
                    v(d.sxy.checked_div(d.syy).unwrap_or(Scalar::ZERO)),
                    "You divided by the spread of y: that is the slope of x regressed on y. \
                     The slope of y on x divides the sum of products by the sum of squared \
                     deviations of x.",
                )?;
                mistakes.optional(
                    "covariance_not_slope",
                    v(per(d.sxy, d.n() - 1)),
                    "That is the covariance. The slope divides the sum of products by the sum \
                     of squared deviations of x (equivalently the covariance by the variance \
                     of x).",
                );
                mistakes.optional(
                    "inverted",
                    v(d.sxx.checked_div(d.sxy).unwrap_or(Scalar::ZERO)),
                    "That ratio is upside down: the slope is the sum of products over the sum \
                     of squared deviations of x.",
                );
            }
            Ask::Intercept => {
                mistakes.require("means_swapped", v(swapped_a), SWAPPED)?;
                mistakes.require(
                    "sign_flipped",
                    v(d.my + b * d.mx),
                    "Check the sign: the line passes through the point of means, so \
                     a = (mean of y) − b·(mean of x).",
                )?;
            }
            Ask::RSquared => {
                let r = d.sxy.to_f64() / (d.sxx * d.syy).to_f64().sqrt();
                mistakes.require(
                    "r_not_r2",
                    Scalar::Real(r),
                    "That is r, the correlation. r² is its square: the share of the variance \
                     of y that the line explains.",
                )?;
                mistakes.optional(
                    "one_minus",
                    v(Scalar::ONE - r2),
                    "That is 1 − r², the share of the variance the line leaves unexplained.",
                );
                mistakes.optional(
                    "slope_squared",
                    v(b * b),
                    "That is the slope squared. r² = Sxy²/(Sxx·Syy) uses the spread of y too.",
                );
            }
            Ask::Predict(x0) => {
                let x0 = Scalar::int(x0);
                mistakes.require(
                    "forgot_intercept",
                    v(b * x0),
                    "The line is y = a + b·x: add the intercept.",
                )?;
                mistakes.optional("means_swapped", v(swapped_a + b * x0), SWAPPED);
            }
        }

        let mut solution = d.mean_lines();
        solution.extend(d.deviation_lines());
        solution.push(d.sxx_line());
        solution.push(d.sxy_line());
        let slope_line = Line::text("The slope: ").m(chain(
            "b = Sxy/Sxx",
            &[format!("{}/{}", decimal(d.sxy), decimal(d.sxx)), shown(b)],
        ));
        solution.push(slope_line);
        // ȳ − b·x̄ with the sign of b folded in: 44 + 2·14 for b = −2.
        let intercept_steps = [
            signed_join(&[(false, decimal(d.my)), term(-b, &decimal_factor(d.mx), "·")]),
            shown(a),
        ];
        if matches!(ask, Ask::Intercept | Ask::Predict(_)) {
            solution.push(
                Line::text("The line passes through the means: ")
                    .m(chain("a = (mean of y) − b·(mean of x)", &intercept_steps)),
            );
        }
        let (question, last_hint) = match ask {
            Ask::Slope => (
                "Find the slope b".to_string(),
                format!(
                    "Sxy = {} and Sxx = {}: divide.",
                    decimal(d.sxy),
                    decimal(d.sxx)
                ),
            ),
            Ask::Intercept => (
                "Find the intercept".to_string(),
                format!(
                    "The slope is b = {}; the means are {} for x and {} for y.",
                    decimal(b),
                    decimal(d.mx),
                    decimal(d.my)
                ),
            ),
            Ask::RSquared => {
                solution.push(d.syy_line());
                solution.push(Line::text("The share of variance explained: ").m(chain(
                    "r² = Sxy²/(Sxx·Syy)",
                    &[
                        format!(
                            "{}²/({}·{})",
                            decimal_factor(d.sxy),
                            decimal(d.sxx),
                            decimal(d.syy)
                        ),
                        shown(r2),
                    ],
                )));
                (
                    "Find r², the share of the variance of y that the line explains,".to_string(),
                    format!(
                        "Sxx = {}, Syy = {} and Sxy = {}.",
                        decimal(d.sxx),
                        decimal(d.syy),
                        decimal(d.sxy)
                    ),
                )
            }
            Ask::Predict(x0) => {
                solution.push(Line::text(format!("At x = {x0}: ")).m(chain(
                    &format!("a + b·{x0}"),
                    &[line_text(a, b, Some(x0)), shown(expected)],
                )));
                (
                    format!("Find the value the line predicts at x = {x0}"),
                    format!("The line is y = {}.", line_text(a, b, None)),
                )
            }
        };
        let mut prompt = vec![
            Line::text(format!("{question} of the least-squares line "))
                .m("y = a + b·x")
                .t(format!(" for these {} pairs. Give the exact value.", d.n())),
        ];
        prompt.extend(d.data_lines());
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints: vec![
                "b = Sxy/Sxx, where Sxx sums the squared deviations of x from its mean and \
                 Sxy the products of the deviations of x and y; a = (mean of y) − b·(mean of x)."
                    .to_string(),
                last_hint,
            ],
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{parse_list, prompt_line};

    /// Least squares through nalgebra: solve the normal equations of [1 x]·(a, b) ≈ y.
    fn fit(xs: &[f64], ys: &[f64]) -> (f64, f64, f64) {
        let n = xs.len();
        let design = nalgebra::DMatrix::from_fn(n, 2, |i, j| if j == 0 { 1.0 } else { xs[i] });
        let y = nalgebra::DVector::from_column_slice(ys);
        let coef = design
            .clone()
            .svd(true, true)
            .solve(&y, 1e-12)
            .expect("full rank");
        let fitted = &design * &coef;
        let mean = y.mean();
        let ss_res = (&y - &fitted).norm_squared();
        let ss_tot = y.iter().map(|v| (v - mean).powi(2)).sum::<f64>();
        (coef[0], coef[1], 1.0 - ss_res / ss_tot)
    }

    /// `72 − 2x` at x = x0, read with the answer language: `72 - 2*(x0)`.
    fn evaluate_line(line: &str, x0: f64) -> f64 {
        let mut text = String::new();
        for c in line.chars() {
            match c {
                '−' => text.push('-'),
                'x' if text.ends_with(|p: char| p.is_ascii_digit()) => {
                    text.push_str(&format!("*({x0})"))
                }
                'x' => text.push_str(&format!("({x0})")),
                c => text.push(c),
            }
        }
        let value = crate::expr::parse_value(&text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        value.as_scalar().unwrap().to_f64()
    }

    /// The intercept, the line and the prediction are written with signs folded into the sum
    /// and no coefficient 1: `y = 72 − 2x`, `72 − 2·18`, `44 + 2·14`; never `+ (−2)·x`.
    fn assert_signs_folded(d: &Draft, ctx: &str) {
        let text = |l: &Line| -> String {
            l.0.iter()
                .map(|p| match p {
                    crate::engine::Piece::Text(s) | crate::engine::Piece::Math(s) => s.clone(),
                    crate::engine::Piece::Value(v) => crate::render::inline_value(v),
                })
                .collect()
        };
        let written = d
            .solution
            .iter()
            .map(text)
            .filter(|t| t.starts_with("The line passes") || t.starts_with("At x = "))
            .chain(d.hints.iter().cloned());
        for t in written {
            for bad in ["(−", "+ −", "− −", " 1·", " 1x", "−1·", "−1x", "·x"] {
                assert!(!t.contains(bad), "{ctx}: {bad:?} in {t}");
            }
        }
    }

    #[test]
    fn lines_match_nalgebra_least_squares() {
        let mut asked = [0usize; 4];
        soundness(&LeastSquaresLine, &[1, 2, 3], |level, d, ctx| {
            let xs = parse_list(&prompt_line(d, 1)[3..]);
            let ys = parse_list(&prompt_line(d, 2)[3..]);
            let (a, b, r2) = fit(&xs, &ys);
            let head = prompt_line(d, 0);
            let got = d.answer.expected.as_scalar().unwrap().to_f64();
            let (want, k) = if head.starts_with("Find the slope") {
                (b, 0)
            } else if head.starts_with("Find the intercept") {
                (a, 1)
            } else if head.starts_with("Find r²") {
                (r2, 2)
            } else {
                let x0: f64 = head
                    .split("x = ")
                    .nth(1)
                    .and_then(|t| t.split_whitespace().next())
                    .unwrap()
                    .parse()
                    .unwrap();
                (a + b * x0, 3)
            };
            assert!(
                (got - want).abs() < 1e-8 * want.abs().max(1.0),
                "{ctx}: {got} vs {want}"
            );
            assert_eq!(k.min(2), (level as usize - 1).min(2), "{ctx}");
            // the slope is an integer or a half by construction
            assert!(((2.0 * b) - (2.0 * b).round()).abs() < 1e-9, "{ctx}");
            assert!(d.hints.len() == 2, "{ctx}");
            assert_signs_folded(d, ctx);
            if k == 3 {
                // The hint's line, read back, predicts the answer (nalgebra's fit).
                let x0 = (want - a) / b;
                let line = d.hints[1]
                    .strip_prefix("The line is y = ")
                    .and_then(|t| t.strip_suffix('.'))
                    .unwrap_or_else(|| panic!("{ctx}: {}", d.hints[1]));
                assert!(
                    (evaluate_line(line, x0) - want).abs() < 1e-9,
                    "{ctx}: {line}"
                );
            }
            asked[k] += 1;
        });
        assert!(asked.iter().all(|&c| c > 100), "{asked:?}");
    }
}
