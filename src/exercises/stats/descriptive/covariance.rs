//! `stats.covariance`: the sample covariance of paired data, Sxy/(n − 1) as `np.cov` computes it
//! (stated in the prompt), and what its sign says.
//!
//! Level 1: 4 or 5 integer pairs, an integer covariance. Level 2: 5–7 integer pairs, a
//! fractional covariance (exact). Level 3: 7–9 pairs with one-decimal x, to 4 significant
//! figures. Named mistakes: dividing by n (the population covariance, `np.cov(…, bias=True)`),
//! not dividing at all (Sxy), multiplying the values without subtracting the means.

use super::data::{around, zero_sum};
use super::paired::Paired;
use super::summary::per;
use super::text::answer_value;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::decimal;
use crate::exercises::common::{Mistakes, chain, num};
use crate::math::Scalar;

pub struct Covariance;

impl Exercise for Covariance {
    fn id(&self) -> &'static str {
        "stats.covariance"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (n, scale) = match level {
            1 => (rng.int(4, 5) as usize, 1),
            2 => (rng.int(5, 7) as usize, 1),
            3 => (rng.int(7, 9) as usize, 10),
            l => return Err(GenError::Level(l)),
        };
        let dx = zero_sum(rng, n, if scale == 1 { 4 } else { 25 })?;
        let dy = zero_sum(rng, n, 6)?;
        let mx = if scale == 1 {
            Scalar::int(rng.int(5, 12))
        } else {
            Scalar::frac(rng.int(30, 90), 10)
        };
        let d = Paired::new(
            around(mx, &dx, scale),
            around(Scalar::int(rng.int(10, 40)), &dy, 1),
        );
        let sxy = d.sxy;
        let exact_int = sxy.as_integer().is_some_and(|s| s % (n as i64 - 1) == 0);
        match level {
            _ if sxy.is_zero() => return Err(GenError::Redraw("zero covariance")),
            1 if !exact_int => return Err(GenError::Redraw("not an integer")),
            2 if exact_int => return Err(GenError::Redraw("an integer")),
            _ => {}
        }
        let value = |x: Scalar| {
            if level == 3 {
                Scalar::Real(x.to_f64())
            } else {
                answer_value(x)
            }
        };
        let cov = per(sxy, n - 1);
        let answer = AnswerSpec::scalar(value(cov));

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "population",
            value(per(sxy, n)),
            "You divided by n: that is the population covariance (np.cov with bias=True). \
             The sample covariance, np.cov's default, divides by n − 1.",
        )?;
        mistakes.optional(
            "no_division",
            value(sxy),
            "That is the sum of products of the deviations. The covariance is their average: \
             divide by n − 1.",
        );
        let raw =
            d.xs.iter()
                .zip(&d.ys)
                .fold(Scalar::ZERO, |s, (&x, &y)| s + x * y);
        mistakes.optional(
            "uncentered",
            value(per(raw, n - 1)),
            "You multiplied the values themselves. Subtract the means first: the covariance \
             averages the products of the deviations from the means.",
        );

        let sign = if cov.to_f64() > 0.0 {
            "positive: larger x tend to go with larger y."
        } else {
            "negative: larger x tend to go with smaller y."
        };
        let mut solution = d.mean_lines();
        solution.extend(d.deviation_lines());
        solution.push(Line::text("Multiply the deviations pairwise and add:"));
        solution.push(d.sxy_line());
        solution.push(
            Line::text(format!("Divide by n − 1 = {}: ", n - 1))
                .m(chain(
                    "cov(x, y)",
                    &[format!("{}/{}", decimal(sxy), n - 1), num(value(cov))],
                ))
                .t(format!(", {sign}")),
        );
        let precision = if level == 3 {
            " Give at least 4 significant figures."
        } else {
            " Give the exact value."
        };
        let mut prompt = vec![Line::text(format!(
            "Find the sample covariance cov(x, y) of these {n} pairs (divide by n − 1, as \
             np.cov and pandas' cov() do).{precision}"
        ))];
        prompt.extend(d.data_lines());
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints: vec![
                format!(
                    "The means are {} for x and {} for y: subtract them.",
                    decimal(d.mx),
                    decimal(d.my)
                ),
                format!(
                    "The products of the deviations add up to Sxy = {}: divide by {}.",
                    decimal(sxy),
                    n - 1
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
    fn covariances_match_statrs() {
        use statrs::statistics::Statistics;
        let (mut positive, mut negative) = (0, 0);
        soundness(&Covariance, &[1, 2, 3], |level, d, ctx| {
            let strip = |line: usize| {
                let text = prompt_line(d, line);
                parse_list(&text[3..])
            };
            let (xs, ys) = (strip(1), strip(2));
            let want = xs.clone().covariance(ys.clone());
            let got = d.answer.expected.as_scalar().unwrap();
            assert!(
                (got.to_f64() - want).abs() < 1e-9 * want.abs().max(1.0),
                "{ctx}"
            );
            match level {
                1 => assert!(got.as_integer().is_some(), "{ctx}"),
                2 => assert!(got.as_integer().is_none(), "{ctx}"),
                _ => assert!(!got.is_exact(), "{ctx}"),
            }
            if want > 0.0 {
                positive += 1;
            } else {
                negative += 1;
            }
            let n = xs.len();
            assert!(
                d.hints
                    .last()
                    .unwrap()
                    .ends_with(&format!("divide by {}.", n - 1)),
                "{ctx}"
            );
            assert!(d.mistakes.iter().any(|m| m.name == "population"), "{ctx}");
        });
        assert!(positive > 300 && negative > 300, "{positive} {negative}");
    }
}
