//! `prob.normal_quantile`: the value x with P(X ≤ x) = p (levels 1–2) or P(X > x) = α (level 3,
//! "the top 5%") for a normal X: x = μ + zσ with z read from the table of critical values.
//!
//! The z values are the table's 3-decimal critical values (1.645 for 0.95); a z read to 2
//! decimals is accepted too ([`quantile_tolerance`]). Level 1: p ∈ {0.90, 0.95, 0.975, 0.99},
//! σ given. Level 2: also 0.80, 0.85, 0.995 and the lower tails 0.10, 0.05, 0.025, 0.01; half the
//! prompts give the variance. Level 3: an upper tail α ∈ {20, 15, 10, 5, 2.5, 1, 0.5}%, σ with
//! one decimal half the time. μ ≥ 4σ, so x > σ and an answer moved by 1% is rejected.
//!
//! Named mistakes: μ − zσ (the other side of the mean; at level 3 the lower tail's z), the
//! variance used as σ, the probability used as z.

use super::normal::{Normal, quantile_tolerance};
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, normal_quantile};
use crate::exercises::common::{round_to, sig, tidy};
use crate::math::Scalar;

pub struct NormalQuantile;

/// One problem: the x with P(X ≤ x) = `p`, asked as the upper tail 1 − p when `upper`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub x: Normal,
    pub p: f64,
    pub upper: bool,
}

/// The z with P(Z ≤ z) = p as the table of critical values gives it, to 3 decimals.
pub fn table_z(p: f64) -> f64 {
    round_to(normal_quantile(p), 3)
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let variance = level >= 2 && rng.chance(1, 2);
    let (p, upper) = match level {
        1 => (*rng.pick(&[0.90, 0.95, 0.975, 0.99]), false),
        2 => (
            *rng.pick(&[
                0.80, 0.85, 0.90, 0.95, 0.975, 0.99, 0.995, 0.10, 0.05, 0.025, 0.01,
            ]),
            false,
        ),
        3 => (
            1.0 - rng.pick(&[0.20, 0.15, 0.10, 0.05, 0.025, 0.01, 0.005]),
            true,
        ),
        l => return Err(GenError::Level(l)),
    };
    let sigma = if level == 3 && rng.chance(1, 2) {
        rng.int(12, 90) as f64 / 10.0
    } else {
        *rng.pick(&[2, 4, 5, 8, 10, 12, 15, 20, 25]) as f64
    };
    let mu = 5.0 * rng.int(((4.0 * sigma) / 5.0).ceil() as i64, 100) as f64;
    Ok(Params {
        x: Normal {
            mu,
            sigma,
            variance,
        },
        p: round_to(p, 3),
        upper,
    })
}

/// A percentage as prose writes it: `2.5%`, `5%`.
fn percent(q: f64) -> String {
    format!("{}%", sig(round_to(100.0 * q, 1)))
}

pub fn build(prm: &Params) -> Result<Draft, GenError> {
    let Params { x, p, upper } = *prm;
    let z = table_z(p);
    let value = x.mu + z * x.sigma;
    let eq = Equivalence::Scalar(quantile_tolerance(x.sigma));
    let answer = AnswerSpec::with(tidy(Scalar::Real(value)), eq.clone());
    let alpha = round_to(1.0 - p, 3);

    let mut mistakes = Mistakes::under(&answer.expected, &eq);
    let (name, message) = if upper {
        (
            "lower_tail",
            format!(
                "That value cuts off the bottom {} of X, not the top: the top {} lies above the \
                 mean, at μ + zσ with P(Z ≤ z) = {}.",
                percent(alpha),
                percent(alpha),
                sig(p)
            ),
        )
    } else if p > 0.5 {
        (
            "minus_z",
            format!(
                "That value is below the mean, but P(X ≤ x) = {} is more than 1/2: x = μ + zσ \
                 lies above μ.",
                sig(p)
            ),
        )
    } else {
        (
            "minus_z",
            format!(
                "That value is above the mean, but P(X ≤ x) = {} is less than 1/2: the z for it \
                 is negative, and x = μ + zσ lies below μ.",
                sig(p)
            ),
        )
    };
    mistakes.require(name, Scalar::Real(x.mu - z * x.sigma), message)?;
    if x.variance {
        mistakes.optional(
            "variance_for_sigma",
            Scalar::Real(x.mu + z * x.sigma * x.sigma),
            "That multiplies z by the variance σ². Use the standard deviation σ, the square \
             root of the variance.",
        );
    }
    mistakes.require(
        "p_as_z",
        Scalar::Real(x.mu + p * x.sigma),
        format!(
            "That uses the probability {} as z. z is the point of the standard normal with \
             P(Z ≤ z) = {}: read the z table backwards (or norminv).",
            sig(p),
            sig(p)
        ),
    )?;

    let question = if upper {
        format!(
            "Find the value x that cuts off the top {} of X: P(X > x) = {}.",
            percent(alpha),
            sig(alpha)
        )
    } else {
        format!("Find the value x with P(X ≤ x) = {}.", sig(p))
    };
    let prompt = vec![
        Line::text(format!("X is normal with {}.", x.stated())),
        Line::text(format!(
            "{question} Take z from the table of critical values, to 3 decimals."
        )),
    ];
    let mut solution = Vec::new();
    if upper {
        solution.push(Line::text(format!(
            "P(X > x) = {} means P(X ≤ x) = 1 − {} = {}.",
            sig(alpha),
            sig(alpha),
            sig(p)
        )));
    }
    let lookup = if p < 0.5 {
        format!(
            "By symmetry z is minus the z with P(Z ≤ z) = {}: the table gives z = {} \
             (norminv({}) in the calculator).",
            sig(1.0 - p),
            sig(z),
            sig(p)
        )
    } else {
        format!(
            "The table gives P(Z ≤ z) = {} at z = {} (norminv({}) in the calculator).",
            sig(p),
            sig(z),
            sig(p)
        )
    };
    solution.push(Line::text(lookup));
    let product = if z < 0.0 {
        format!("{} − {}·{}", sig(x.mu), sig(-z), sig(x.sigma))
    } else {
        format!("{} + {}·{}", sig(x.mu), sig(z), sig(x.sigma))
    };
    solution.push(Line::text("Then, with ").m(x.sigma_step()).t(":"));
    solution.push(math_line(&chain(
        "x",
        &["μ + zσ".into(), product, sig(value)],
    )));
    let hints = vec![
        format!(
            "First the standard normal: find z with P(Z ≤ z) = {} (the table backwards, or \
             norminv), then undo the standardization: x = μ + zσ.",
            sig(p)
        ),
        format!(
            "z = {} and {}: x = μ + zσ with μ = {}.",
            sig(z),
            x.sigma_step(),
            sig(x.mu)
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

impl Exercise for NormalQuantile {
    fn id(&self) -> &'static str {
        "prob.normal_quantile"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compare;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::soundness_with;
    use crate::expr::Value;
    use statrs::distribution::{ContinuousCDF, Normal as StatrsNormal};

    #[test]
    fn quantiles_match_statrs_and_accept_table_readings() {
        let mut named = Seen::default();
        soundness_with(
            &NormalQuantile,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, ctx| {
                let dist = StatrsNormal::new(p.x.mu, p.x.sigma).unwrap();
                let exact = dist.inverse_cdf(p.p);
                let got = d.answer.expected.as_scalar().unwrap().to_f64();
                // Within the rounding of the 3-decimal z, and the calculator's exact value and a z
                // read to 2 decimals are accepted.
                assert!((got - exact).abs() <= 0.0005 * p.x.sigma + 1e-9, "{ctx}");
                let accepts = |v: f64| {
                    compare(
                        &Value::Scalar(Scalar::Real(v)),
                        &d.answer.expected,
                        &d.answer.equivalence,
                        0,
                    )
                    .correct
                };
                let z2 = round_to((exact - p.x.mu) / p.x.sigma, 2);
                assert!(accepts(exact) && accepts(p.x.mu + z2 * p.x.sigma), "{ctx}");
                assert!(!accepts(got * 1.01) && !accepts(got * 0.99), "{ctx}");
                assert!(got > p.x.sigma && p.x.mu >= 4.0 * p.x.sigma, "{ctx}");
                assert_eq!(p.upper, level == 3, "{ctx}");
                if level == 1 {
                    assert!(
                        [0.9, 0.95, 0.975, 0.99].contains(&p.p) && !p.x.variance,
                        "{ctx}"
                    );
                }
                let last = d.hints.last().unwrap();
                assert!(
                    last.starts_with(&format!("z = {}", sig(table_z(p.p)))),
                    "{ctx}"
                );
                named.note(d);
            },
        );
        named.assert_exactly(&["lower_tail", "minus_z", "p_as_z", "variance_for_sigma"]);
    }

    #[test]
    fn critical_values_are_the_tables() {
        let z: Vec<f64> = [0.8, 0.85, 0.9, 0.95, 0.975, 0.99, 0.995, 0.05]
            .map(table_z)
            .to_vec();
        assert_eq!(z, [0.842, 1.036, 1.282, 1.645, 1.96, 2.326, 2.576, -1.645]);
    }
}
