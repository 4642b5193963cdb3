//! `stats.correlation`: Pearson's r of paired data, r = Sxy/√(Sxx·Syy).
//!
//! Level 1: 4 pairs built so that r is one of ±1/5, ±1/3, ±3/7, ±1/2, ±3/5, ±2/3, ±4/5, ±6/7
//! exactly, with √(Sxx·Syy) an integer (see [`level1_deviations`]). Level 2: 8
//! pairs with r = p/√(p² + q²) for small p, q (±4/5, ±1/√2, ±2/√5, ±3/√10, …; exact forms
//! accepted). Level 3: 6–8 pairs with noise, r to 3 decimals (|r| between 0.2 and 0.98, so a 1%
//! move is still rejected). Named mistakes: the covariance instead of r, dividing by n − 1 in
//! the covariance and by n in the standard deviations (np.cov with np.std's default), r².

use super::data::{around, is_square, zero_sum};
use super::paired::Paired;
use super::summary::per;
use super::text::answer_value;
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::decimal;
use crate::exercises::common::{Mistakes, chain, num};
use crate::math::Scalar;

pub struct Correlation;

/// Level 3's tolerance: r to 3 decimals (any rounding of r to 3 decimals is accepted; a 1% move
/// of an r with |r| ≥ 0.2 is 0.002 or more, so it is still rejected).
const THREE_DECIMALS: Tolerance = Tolerance {
    rel: 0.0,
    abs: 5.0001e-4,
};

/// Level 1's correlations |r| = num/den: each has four-pair data with small deviations (see
/// [`level1_deviations`]), and √(Sxx·Syy) is an integer, so r is worked out by hand.
const LEVEL1_R: [(i64, i64); 8] = [
    (1, 5),
    (1, 3),
    (3, 7),
    (1, 2),
    (3, 5),
    (2, 3),
    (4, 5),
    (6, 7),
];

/// Four pairs of deviations (x − x̄, y − ȳ) with correlation exactly `num/den`: x's deviations
/// are u = (a, b, −a, −b) and y's are p·u + t·w + s·v with w = (−b, a, b, −a) and
/// v = (1, −1, 1, −1). All three sum to zero and are orthogonal, so Sxx = |u|² = 2(a² + b²),
/// Sxy = p·Sxx, Syy = (p² + t²)·Sxx + 4s², and r = p·Sxx/√(Sxx·Syy), which is num/den exactly
/// when p²·Sxx·den² = num²·Syy (with p of num's sign). One of the shapes with |a|, |b| ≤ 3,
/// 1 ≤ |p| ≤ 4, |t|, |s| ≤ 4 and Syy ≤ 250 is drawn uniformly; the pairs are shuffled.
fn level1_deviations(
    rng: &mut DrillRng,
    num: i64,
    den: i64,
) -> Result<(Vec<i64>, Vec<i64>), GenError> {
    let mut shapes = Vec::new();
    for a in -3..=3i64 {
        for b in -3..=3i64 {
            let sxx = 2 * (a * a + b * b);
            for p in (1..=4).map(|p| p * num.signum()) {
                for t in -4..=4i64 {
                    for s in -4..=4i64 {
                        let syy = (p * p + t * t) * sxx + 4 * s * s;
                        if sxx > 0 && syy <= 250 && p * p * sxx * den * den == num * num * syy {
                            shapes.push((a, b, p, t, s));
                        }
                    }
                }
            }
        }
    }
    if shapes.is_empty() {
        return Err(GenError::Redraw("no shape for this r"));
    }
    let (a, b, p, t, s) = shapes[rng.index(shapes.len())];
    let mut pairs = [
        (a, p * a - t * b + s),
        (b, p * b + t * a - s),
        (-a, -p * a + t * b + s),
        (-b, -p * b - t * a - s),
    ];
    rng.shuffle(&mut pairs);
    Ok(pairs.into_iter().unzip())
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Paired, Option<(i64, i64)>), GenError> {
    let sign = rng.sign();
    let centres = (rng.int(4, 10), rng.int(20, 40));
    Ok(match level {
        1 => {
            let (num, den) = *rng.pick(&LEVEL1_R);
            let (u, dy) = level1_deviations(rng, sign * num, den)?;
            let d = Paired::new(
                around(Scalar::int(centres.0), &u, 1),
                around(Scalar::int(centres.1), &dy, 1),
            );
            (d, None)
        }
        2 => {
            let (p, q) = *rng.pick(&[(3, 4), (4, 3), (1, 1), (1, 2), (2, 1), (1, 3), (3, 1)]);
            let (p, q) = (sign * p, rng.sign() * q);
            (Paired::shaped(rng, 2, 3, (1, p, q), centres), Some((p, q)))
        }
        3 => {
            let n = rng.int(6, 8) as usize;
            let dx = zero_sum(rng, n, 5)?;
            let noise = zero_sum(rng, n, 6)?;
            let slope = sign * rng.int(1, 3);
            let dy: Vec<i64> = dx.iter().zip(&noise).map(|(x, e)| slope * x + e).collect();
            let d = Paired::new(
                around(Scalar::int(centres.0), &dx, 1),
                around(Scalar::int(centres.1), &dy, 1),
            );
            (d, None)
        }
        l => return Err(GenError::Level(l)),
    })
}

impl Exercise for Correlation {
    fn id(&self) -> &'static str {
        "stats.correlation"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (d, shape) = draw(level, rng)?;
        let n = d.n();
        let prod = d.sxx * d.syy;
        if prod.is_zero() {
            return Err(GenError::Redraw("no spread"));
        }
        let r_f = d.sxy.to_f64() / prod.to_f64().sqrt();
        let root = prod.sqrt();
        let r_exact = if root.is_exact() {
            d.sxy.checked_div(root)
        } else {
            None
        };
        // The exact form p/√(p² + q²) where r is irrational (level 2).
        let irrational = shape.filter(|_| r_exact.is_none()).map(|(p, q)| {
            let s = p * p + q * q;
            (p, s)
        });
        let answer = match (level, r_exact) {
            (3, _) => {
                if !(0.2..=0.98).contains(&r_f.abs()) {
                    return Err(GenError::Redraw("r too small or too close to ±1"));
                }
                AnswerSpec::with(
                    Scalar::Real((r_f * 1000.0).round() / 1000.0),
                    Equivalence::Scalar(THREE_DECIMALS),
                )
            }
            (_, Some(r)) => AnswerSpec::scalar(answer_value(r)),
            _ => {
                let (p, s) = irrational.ok_or(GenError::Redraw("no exact form"))?;
                AnswerSpec::scalar(Scalar::Real(r_f)).exact_as(format!("{p}/sqrt({s})"))
            }
        };

        let expected = answer.expected.clone();
        let far = |x: f64| (x - r_f).abs() > 4e-3;
        let mut mistakes = Mistakes::new(&expected);
        let cov = per(d.sxy, n - 1);
        if !far(cov.to_f64()) {
            return Err(GenError::Redraw("covariance too close to r"));
        }
        mistakes.require(
            "covariance_not_r",
            answer_value(cov),
            "That is the covariance, which depends on the units of x and y. The correlation \
             divides it by both standard deviations, which puts it between −1 and 1.",
        )?;
        mistakes.require(
            "mixed_divisors",
            Scalar::Real(r_f * n as f64 / (n as f64 - 1.0)),
            "You divided by n − 1 in the covariance and by n in the standard deviations (as \
             np.cov and np.std's default do). Use the same divisor everywhere; it then \
             cancels.",
        )?;
        if far(r_f * r_f) {
            mistakes.optional(
                "r_squared",
                Scalar::Real(r_f * r_f),
                "That is r², the share of variance explained. The question asks for r itself, \
                 with its sign.",
            );
        }

        let mut solution = d.mean_lines();
        solution.extend(d.deviation_lines());
        solution.push(d.sxx_line());
        solution.push(d.syy_line());
        solution.push(d.sxy_line());
        let mut steps = vec![
            format!(
                "{}/√({}·{})",
                decimal(d.sxy),
                decimal(d.sxx),
                decimal(d.syy)
            ),
            format!("{}/√{}", decimal(d.sxy), decimal(prod)),
        ];
        match (r_exact, irrational) {
            (Some(r), _) if level < 3 => steps.push(num(answer_value(r))),
            (_, Some((p, s))) if level < 3 && !is_square(s) => {
                steps.push(format!("{}/√{s}", num(Scalar::int(p))));
                steps.push(num(Scalar::Real(r_f)));
            }
            _ => steps.push(num(Scalar::Real(r_f))),
        }
        let mut last = Line::text("Then ").m(chain("r = Sxy/√(Sxx·Syy)", &steps));
        if level == 3 {
            last = last.t(", to 3 decimals ").m(format!(
                "r = {}",
                num(expected.as_scalar().unwrap_or(Scalar::ZERO))
            ));
        }
        solution.push(last);
        let precision = match level {
            3 => " Give r to 3 decimals.",
            _ => " Give the exact value (a fraction, or a root such as 1/sqrt(2)).",
        };
        let mut prompt = vec![Line::text(format!(
            "Find Pearson's correlation coefficient r of these {n} pairs.{precision}"
        ))];
        prompt.extend(d.data_lines());
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints: vec![
                format!(
                    "r = Sxy/√(Sxx·Syy), with the sums of squares and products of the \
                     deviations from the means {} and {}.",
                    decimal(d.mx),
                    decimal(d.my)
                ),
                format!(
                    "Sxx = {}, Syy = {} and Sxy = {}.",
                    decimal(d.sxx),
                    decimal(d.syy),
                    decimal(d.sxy)
                ),
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

    #[test]
    fn correlations_match_statrs() {
        use statrs::statistics::Statistics;
        let mut signs = [0usize; 2];
        let mut level1 = std::collections::BTreeSet::new();
        soundness(&Correlation, &[1, 2, 3], |level, d, ctx| {
            let xs = parse_list(&prompt_line(d, 1)[3..]);
            let ys = parse_list(&prompt_line(d, 2)[3..]);
            let cov = xs.clone().covariance(ys.clone());
            let want = cov / (xs.clone().std_dev() * ys.clone().std_dev());
            let got = d.answer.expected.as_scalar().unwrap().to_f64();
            let tol = if level == 3 { 5e-4 } else { 1e-9 };
            assert!((got - want).abs() <= tol, "{ctx}: {got} vs {want}");
            match level {
                1 => {
                    assert!(
                        LEVEL1_R
                            .iter()
                            .any(|&(p, q)| (want.abs() - p as f64 / q as f64).abs() < 1e-12),
                        "{ctx}: {want}"
                    );
                    // √(Sxx·Syy) is an integer: r is worked out by hand.
                    let sxx: f64 = xs.iter().map(|x| (x - xs.clone().mean()).powi(2)).sum();
                    let syy: f64 = ys.iter().map(|y| (y - ys.clone().mean()).powi(2)).sum();
                    let root = (sxx * syy).sqrt();
                    assert!((root - root.round()).abs() < 1e-9, "{ctx}: {sxx}·{syy}");
                    level1.insert((want * 1e6).round() as i64);
                }
                2 => assert!(
                    [0.36, 0.64, 0.5, 0.2, 0.8, 0.1, 0.9]
                        .iter()
                        .any(|v| (want * want - v).abs() < 1e-12),
                    "{ctx}"
                ),
                _ => assert!((0.2..=0.98).contains(&want.abs()), "{ctx}"),
            }
            assert!(d.hints.last().unwrap().starts_with("Sxx = "), "{ctx}");
            signs[usize::from(want > 0.0)] += 1;
        });
        assert!(signs.iter().all(|&s| s > 400), "{signs:?}");
        // Level 1 varies: every r of the family, with both signs (it was only ±0.6 and ±0.8).
        assert_eq!(level1.len(), 2 * LEVEL1_R.len(), "{level1:?}");
    }
}
