//! `prob.normal_between`: P(a < X < b) for a normal X, by standardizing both ends.
//!
//! Levels 1–2 are meant for the z table: the ends sit at z values with at most 2 decimals
//! (level 1: halves, σ ∈ {2, 4, 6, 10}; level 2: hundredths, σ ∈ {4, 5, 8, 12, 15, 20, 25}), the
//! table's P(Z ≤ z) to 4 decimals gives the answer, and the prompt says so. Both the table's value
//! and the calculator's are accepted ([`TABLE_TOLERANCE`]); answers stay above 0.05 for that.
//! Level 3 is for the calculator (`normcdf`): μ and σ with one decimal, ends anywhere, 4
//! significant figures. Half of the prompts give the variance σ² instead of σ.
//!
//! Named mistakes: the variance used as σ, one tail only (P(X < b)), the two table values added,
//! the pdf's heights read as probabilities.

use super::normal::{Normal, draw_normal, on_table};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, chain, math_line, normal_cdf};
use crate::exercises::common::{TABLE_TOLERANCE, table_cdf, table_lookup};
use crate::exercises::common::{round_to, sig, tidy};
use crate::math::Scalar;

pub struct NormalBetween;

/// One problem: P(a < X < b) for X ~ N(μ, σ²); `table` for levels 1–2.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub x: Normal,
    pub a: f64,
    pub b: f64,
    pub table: bool,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let variance = rng.chance(1, 2);
    let (x, table) = match level {
        1 => (draw_normal(rng, &[2, 4, 6, 10], 20, 100, variance), true),
        2 => (
            draw_normal(rng, &[4, 5, 8, 12, 15, 20, 25], 50, 200, variance),
            true,
        ),
        3 => {
            let sigma = rng.int(15, 120) as f64 / 10.0;
            let mu = rng.int(200, 2000) as f64 / 10.0;
            (
                Normal {
                    mu,
                    sigma,
                    variance,
                },
                false,
            )
        }
        l => return Err(GenError::Level(l)),
    };
    // The ends as whole steps from μ: halves of σ (level 1), the smallest whole step whose z
    // has 2 decimals (level 2: σ/gcd(σ, 100)), hundredths of σ rounded to a tenth (level 3).
    let (step, most) = match level {
        1 => (0.5 * x.sigma, 5),
        2 => {
            let s = x.sigma as i64 / gcd(x.sigma as i64, 100);
            (s as f64, (2.6 * x.sigma) as i64 / s)
        }
        _ => (x.sigma / 100.0, 250),
    };
    let (u, v) = (rng.int(-most, most), rng.int(-most, most));
    if u == v {
        return Err(GenError::Redraw("the two ends coincide"));
    }
    let end = |k: i64| round_to(x.mu + k as f64 * step, 1);
    let (a, b) = (end(u.min(v)), end(u.max(v)));
    if a >= b || (table && !(on_table(x.z(a)) && on_table(x.z(b)))) {
        return Err(GenError::Redraw("ends not in order or not on the table"));
    }
    Ok(Params { x, a, b, table })
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    let Params { x, a, b, table } = *p;
    // P(Z ≤ z) as this level reads it: the table (z to 2 decimals, 4 decimals) or the calculator.
    let cdf = |z: f64| {
        if table {
            table_cdf(round_to(z, 2))
        } else {
            normal_cdf(z)
        }
    };
    let (za, zb) = (x.z(a), x.z(b));
    let value = cdf(zb) - cdf(za);
    if value < 0.05 {
        return Err(GenError::Redraw("a small probability"));
    }
    let eq = Equivalence::Scalar(if table {
        TABLE_TOLERANCE
    } else {
        Tolerance::default()
    });
    let answer = AnswerSpec::with(tidy(Scalar::Real(value)), eq.clone());
    let asked = format!("P({} < X < {})", sig(a), sig(b));
    let mut mistakes = Mistakes::under(&answer.expected, &eq);
    if x.variance {
        mistakes.optional(
            "variance_for_sigma",
            Scalar::Real(cdf(x.z_over_variance(b)) - cdf(x.z_over_variance(a))),
            "That divides by the variance σ². The z-score divides by the standard deviation σ, \
             the square root of the variance.",
        );
    }
    mistakes.require(
        "one_tail",
        Scalar::Real(cdf(zb)),
        format!(
            "That is P(X < {}), everything below the upper end. Subtract the part below the \
             lower end, P(X ≤ {}).",
            sig(b),
            sig(a)
        ),
    )?;
    mistakes.optional(
        "added_tails",
        Scalar::Real(cdf(zb) + cdf(za)),
        "The two cumulative probabilities are added. The area between the ends is the area \
         below the upper end minus the area below the lower end.",
    );
    let density = |z: f64| (-z * z / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt();
    mistakes.optional(
        "pdf_as_probability",
        Scalar::Real(density(zb) - density(za)),
        "Those are heights of the normal density curve, not probabilities. A probability is \
         an area under the curve: use the cumulative P(Z ≤ z).",
    );

    let method = if table {
        "Use the z table: z to 2 decimals, P(Z ≤ z) to 4 decimals."
    } else {
        "Use the calculator's normcdf and give 4 significant figures."
    };
    let prompt = vec![
        Line::text(format!("X is normal with {}.", x.stated())),
        Line::text(format!("Find {asked}. {method}")),
    ];
    let mut solution = vec![
        Line::text("Standardize both ends with z = (x − μ)/σ, where ")
            .m(x.sigma_step())
            .t(":"),
        math_line(&format!("{},   {}", x.z_line("z₁", a), x.z_line("z₂", b))),
    ];
    let (read_a, read_b) = if table {
        solution.push(Line::text("From the z table:"));
        solution.push(math_line(&table_lookup(zb)));
        solution.push(math_line(&table_lookup(za)));
        (sig(cdf(za)), sig(cdf(zb)))
    } else {
        solution.push(Line::text("With the calculator:"));
        let call = |v: f64| format!("normcdf({})", sig(v));
        solution.push(math_line(&format!(
            "{} = {},   {} = {}",
            call(round_to(zb, 6)),
            sig(cdf(zb)),
            call(round_to(za, 6)),
            sig(cdf(za))
        )));
        (sig(cdf(za)), sig(cdf(zb)))
    };
    solution.push(math_line(&chain(
        &asked,
        &[
            format!("P(Z ≤ {}) − P(Z ≤ {})", sig(zb), sig(za)),
            format!("{read_b} − {read_a}"),
            sig(value),
        ],
    )));
    let hints = vec![
        format!(
            "Standardize both ends with z = (x − μ)/σ, where {}; then {asked} = P(z₁ < Z < z₂).",
            x.sigma_step()
        ),
        format!(
            "z₁ = {} and z₂ = {}, with P(Z ≤ z₂) = {read_b} and P(Z ≤ z₁) = {read_a}: subtract.",
            sig(za),
            sig(zb)
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

impl Exercise for NormalBetween {
    fn id(&self) -> &'static str {
        "prob.normal_between"
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
    use statrs::distribution::{ContinuousCDF, Normal as StatrsNormal};

    #[test]
    fn normal_probabilities_match_statrs_and_the_table() {
        let mut named = Seen::default();
        soundness_with(
            &NormalBetween,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, ctx| {
                let dist = StatrsNormal::new(p.x.mu, p.x.sigma).unwrap();
                let exact = dist.cdf(p.b) - dist.cdf(p.a);
                let got = d.answer.expected.as_scalar().unwrap().to_f64();
                assert!(got >= 0.05, "{ctx}");
                assert_eq!(p.table, level < 3, "{ctx}");
                // The statrs value is accepted at every level, and at table levels the answer is
                // within the two roundings of the table from it.
                let calc = Value::Scalar(Scalar::Real(exact));
                assert!(compare(&calc, &d.answer.expected, &d.answer.equivalence, 0).correct);
                if p.table {
                    assert!((got - exact).abs() <= 1.0001e-4, "{ctx}: {got} {exact}");
                    let (za, zb) = ((p.a - p.x.mu) / p.x.sigma, (p.b - p.x.mu) / p.x.sigma);
                    for z in [za, zb] {
                        assert!((z * 100.0 - (z * 100.0).round()).abs() < 1e-9, "{ctx}");
                        assert!(z.abs() <= [2.5, 2.6][level as usize - 1] + 1e-9, "{ctx}");
                    }
                    if level == 1 {
                        assert_eq!((za * 2.0).fract(), 0.0, "{ctx}");
                    }
                    let four = (got * 1e4 - (got * 1e4).round()).abs();
                    assert!(four < 1e-6, "{ctx}: {got} is not 4 decimals");
                } else {
                    assert!((got - exact).abs() <= 1e-9, "{ctx}");
                }
                // The last hint is the last step: both cumulative probabilities, to subtract.
                let last = d.hints.last().unwrap();
                assert!(last.ends_with("subtract."), "{ctx}");
                named.note(d);
            },
        );
        named.assert_exactly(&[
            "added_tails",
            "one_tail",
            "pdf_as_probability",
            "variance_for_sigma",
        ]);
    }

    use crate::expr::Value;
}
