//! `prob.zscore`: the z-score z = (x − μ)/σ of a value, or back the value x = μ + zσ of a
//! z-score.
//!
//! Level 1: integer μ, σ ∈ {2, 4, 6, 8, 10}, z a nonzero multiple of 1/2 in [−3, 3], σ given.
//! Level 2: σ ∈ {4, 5, 8, 12, 15, 20, 25}, z with 2 decimals, half the prompts give the
//! variance. Level 3: μ and σ with one decimal (σ 0.2–5.0), z with 2 decimals, the variance given
//! half the time. Every z has at most 2 decimals, so the answers are exact.
//!
//! Named mistakes: dividing (or multiplying) by the variance, the sign flipped ((μ − x)/σ, or
//! μ − zσ), the mean left out (x/σ, or zσ).

use super::normal::{Normal, signed};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line};
use crate::exercises::common::{round_to, sig};
use crate::math::Scalar;

pub struct ZScore;

/// One problem: the z of `value` (`to_z`), or the value of the z-score `z`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub x: Normal,
    pub value: f64,
    pub z: f64,
    pub to_z: bool,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let variance = level >= 2 && rng.chance(1, 2);
    let (mu, sigma, z) = match level {
        1 => {
            let sigma = *rng.pick(&[2, 4, 6, 8, 10]) as f64;
            (rng.int(10, 100) as f64, sigma, rng.int(-6, 6) as f64 / 2.0)
        }
        2 => {
            let sigma = *rng.pick(&[4, 5, 8, 12, 15, 20, 25]);
            // z = d/σ with 2 decimals: d a multiple of σ/gcd(σ, 100).
            let step = sigma / gcd(sigma, 100);
            let most = 3 * sigma / step;
            let d = step * rng.int(-most, most);
            (
                rng.int(20, 200) as f64,
                sigma as f64,
                d as f64 / sigma as f64,
            )
        }
        3 => {
            let sigma_tenths = rng.int(2, 50);
            let step = sigma_tenths / gcd(sigma_tenths, 100);
            let most = 3 * sigma_tenths / step;
            let d = step * rng.int(-most, most);
            (
                rng.int(-50, 500) as f64 / 10.0,
                sigma_tenths as f64 / 10.0,
                d as f64 / sigma_tenths as f64,
            )
        }
        l => return Err(GenError::Level(l)),
    };
    if z == 0.0 || sigma == 1.0 {
        return Err(GenError::Redraw("z = 0 or σ = 1"));
    }
    Ok(Params {
        x: Normal {
            mu,
            sigma,
            variance,
        },
        value: round_to(mu + z * sigma, 2),
        z: round_to(z, 2),
        to_z: rng.chance(1, 2),
    })
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    let Params { x, value, z, to_z } = *p;
    let var = x.sigma * x.sigma;
    let expected = if to_z { z } else { value };
    let answer = AnswerSpec::scalar(Scalar::Real(expected));
    let mut mistakes = Mistakes::new(&answer.expected);
    let given = if x.variance {
        "the prompt gives the variance σ²"
    } else {
        "σ² is the variance"
    };
    // Which side of the mean this problem's value lies on (z ≠ 0 by the draw).
    let side = if z < 0.0 {
        ("below", "negative")
    } else {
        ("above", "positive")
    };
    if to_z {
        mistakes.require(
            "sign_flipped",
            Scalar::Real((x.mu - value) / x.sigma),
            format!(
                "The sign is flipped: z = (x − μ)/σ subtracts the mean from the value. Here x \
                 lies {} the mean, so its z is {}.",
                side.0, side.1
            ),
        )?;
        mistakes.optional(
            "divided_by_variance",
            Scalar::Real(x.z_over_variance(value)),
            format!(
                "That divides by σ² ({given}). The z-score divides by the standard deviation \
                 σ, the square root of the variance."
            ),
        );
        mistakes.optional(
            "forgot_mean",
            Scalar::Real(value / x.sigma),
            "That is x/σ: subtract the mean first. z counts standard deviations from the mean.",
        );
    } else {
        mistakes.require(
            "sign_flipped",
            Scalar::Real(x.mu - z * x.sigma),
            format!(
                "That goes to the wrong side of the mean: x = μ + zσ, and a {} z lies {} μ.",
                side.1, side.0
            ),
        )?;
        mistakes.optional(
            "times_variance",
            Scalar::Real(x.mu + z * var),
            format!(
                "That multiplies z by σ² ({given}). A z-score counts standard deviations: \
                 x = μ + zσ with σ the square root of the variance."
            ),
        );
        mistakes.optional(
            "forgot_mean",
            Scalar::Real(z * x.sigma),
            "That is zσ, the distance from the mean: add the mean, x = μ + zσ.",
        );
    }

    let question = if to_z {
        format!("Find the z-score of the value x = {}.", sig(value))
    } else {
        format!("Which value x has the z-score z = {}?", sig(z))
    };
    let prompt = vec![
        Line::text(format!("A population has {}.", x.stated())),
        Line::text(question),
    ];
    let mut solution = Vec::new();
    if x.variance {
        solution.push(
            Line::text("The standard deviation is the square root of the variance: ")
                .m(x.sigma_step()),
        );
    }
    let hints = if to_z {
        solution.push(Line::text(
            "The z-score counts standard deviations from the mean:",
        ));
        solution.push(math_line(&chain(
            "z",
            &[
                "(x − μ)/σ".into(),
                format!("({} − {})/{}", sig(value), signed(x.mu), sig(x.sigma)),
                format!("{}/{}", sig(round_to(value - x.mu, 2)), sig(x.sigma)),
                sig(z),
            ],
        )));
        vec![
            format!("z = (x − μ)/σ, where {}.", x.sigma_step()),
            format!(
                "x − μ = {}: divide it by σ = {}.",
                sig(round_to(value - x.mu, 2)),
                sig(x.sigma)
            ),
        ]
    } else {
        solution.push(Line::text(
            "Undo the standardization: the value lies z standard deviations from the mean.",
        ));
        let product = if z < 0.0 {
            format!("{} − {}·{}", sig(x.mu), sig(-z), sig(x.sigma))
        } else {
            format!("{} + {}·{}", sig(x.mu), sig(z), sig(x.sigma))
        };
        solution.push(math_line(&chain(
            "x",
            &["μ + zσ".into(), product, sig(value)],
        )));
        vec![
            format!(
                "Solve z = (x − μ)/σ for x: x = μ + zσ, where {}.",
                x.sigma_step()
            ),
            format!(
                "zσ = {}·{} = {}: add it to μ = {}.",
                sig(z),
                sig(x.sigma),
                sig(round_to(z * x.sigma, 2)),
                sig(x.mu)
            ),
        ]
    };
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for ZScore {
    fn id(&self) -> &'static str {
        "prob.zscore"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::replay;
    use crate::exercises::common::testing::soundness;

    #[test]
    fn z_scores_round_trip_and_stay_on_hundredths() {
        let mut named = Seen::default();
        let mut directions = [[0usize; 2]; 3];
        soundness(&ZScore, &[1, 2, 3], |level, d, ctx| {
            let (p, again) = replay(ZScore.id(), level, ctx.seed, draw, |_, p| build(p));
            assert_eq!(&again, d, "{ctx}");
            // Independent: standardize the value directly, and undo it.
            let z = (p.value - p.x.mu) / p.x.sigma;
            assert!((z - p.z).abs() < 1e-9, "{ctx}");
            assert!((p.x.mu + p.z * p.x.sigma - p.value).abs() < 1e-9, "{ctx}");
            let got = d.answer.expected.as_scalar().unwrap().to_f64();
            assert_eq!(got, if p.to_z { p.z } else { p.value }, "{ctx}");
            let hundredths = p.z * 100.0;
            assert!((hundredths - hundredths.round()).abs() < 1e-9, "{ctx}");
            assert!(p.z != 0.0 && p.z.abs() <= 3.0, "{ctx}");
            if level == 1 {
                assert_eq!((p.z * 2.0).fract(), 0.0, "{ctx}");
                assert!(!p.x.variance && p.value.fract() == 0.0, "{ctx}");
            }
            let last = d.hints.last().unwrap();
            assert!(last.contains(&sig(p.x.sigma)), "{ctx}: {last}");
            directions[level as usize - 1][usize::from(p.to_z)] += 1;
            // The sign-flip message names this problem's side of the mean.
            let flip = d
                .mistakes
                .iter()
                .find(|m| m.name == "sign_flipped")
                .unwrap();
            let (side, other) = if p.value < p.x.mu {
                ("below", "above")
            } else {
                ("above", "below")
            };
            assert!(
                flip.message.contains(side) && !flip.message.contains(other),
                "{ctx}: {}",
                flip.message
            );
            named.note(d);
        });
        assert!(
            directions.iter().flatten().all(|&n| n > 100),
            "{directions:?}"
        );
        named.assert_exactly(&[
            "divided_by_variance",
            "forgot_mean",
            "sign_flipped",
            "times_variance",
        ]);
    }
}
