//! `stats.mean_probability`: P(x̄ > c), P(x̄ < c) or P(a < x̄ < b) for the mean x̄ of a
//! random sample, where x̄ is N(μ, σ²/n): exactly when the population is normal, approximately
//! by the central limit theorem when n is large. The prompt says which: below [`CLT_MIN_N`]
//! values it states that the population is normal, from [`CLT_MIN_N`] on it cites the central
//! limit theorem; the solution names the justification that applies.
//!
//! Levels 1 and 2 are meant for the z table: n = k² (k 2..6), the standard error σ/k an
//! integer 1..6, every z a two-decimal table value, and z/k too (so the named mistake that
//! standardizes with σ is a table lookup as well); the answer is the table's and accepted
//! within [`TABLE_TOLERANCE`] (which also accepts `normcdf`). Level 1 asks one tail, level 2 an
//! interval. Level 3 is for the calculator: σ with one decimal, n not a square, c anywhere; the
//! answer is exact and checked to 4 significant figures. Every answer lies in [0.03, 0.97].

use super::common::{XBAR, gcd};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, chain, normal_cdf};
use crate::exercises::common::{TABLE_TOLERANCE, table_cdf, table_friendly};
use crate::exercises::common::{fixed, round_to, rounded, sig};
use crate::math::Scalar;

pub struct SampleMeanProbability;

/// The sample size from which the prompt relies on the central limit theorem (the usual rule of
/// thumb n ≥ 30); smaller samples come from a population the prompt states is normal.
const CLT_MIN_N: i64 = 30;

/// Which probability is asked.
#[derive(Clone, Copy, PartialEq)]
enum Event {
    Above(f64),
    Below(f64),
    Between(f64, f64),
}

struct Params {
    mu: f64,
    sigma: f64,
    n: i64,
    event: Event,
    /// Levels 1–2: Φ from the table.
    table: bool,
}

/// A two-decimal z (in hundredths) with |z| in 0.10..2.00 such that c = μ + z·SE has at most one
/// decimal and z/k is a two-decimal value too.
fn table_z(rng: &mut DrillRng, se: i64, k: i64) -> Result<i64, GenError> {
    let one_decimal = 10 / gcd(se, 10);
    let step = one_decimal * k / gcd(one_decimal, k);
    let (lo, hi) = ((10 + step - 1) / step, 200 / step);
    if lo > hi {
        return Err(GenError::Redraw("no table z"));
    }
    Ok(rng.sign() * step * rng.int(lo, hi))
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 | 2 => {
            let mu = rng.int(20, 200) as f64;
            let (k, se) = (rng.int(2, 6), rng.int(1, 6));
            let at = |h: i64| mu + h as f64 * se as f64 / 100.0;
            let event = if level == 1 {
                let z = table_z(rng, se, k)?;
                if rng.chance(1, 2) {
                    Event::Above(at(z))
                } else {
                    Event::Below(at(z))
                }
            } else {
                let (a, b) = (table_z(rng, se, k)?, table_z(rng, se, k)?);
                if a == b {
                    return Err(GenError::Redraw("an empty interval"));
                }
                Event::Between(at(a.min(b)), at(a.max(b)))
            };
            Ok(Params {
                mu,
                sigma: (se * k) as f64,
                n: k * k,
                event,
                table: true,
            })
        }
        3 => {
            let mu = rng.int(50, 500) as f64;
            let sigma = rng.int(20, 300) as f64 / 10.0;
            let n = rng.int(10, 80);
            if (n as f64).sqrt().fract() == 0.0 {
                return Err(GenError::Redraw("n is a square"));
            }
            let se = sigma / (n as f64).sqrt();
            let which = rng.index(3);
            // c within two standard errors of μ, at one decimal.
            let mut c = || mu + round_to(rng.int(-200, 200) as f64 / 100.0 * se, 1);
            let event = match which {
                0 => Event::Above(c()),
                1 => Event::Below(c()),
                _ => {
                    let (a, b) = (c(), c());
                    if a == b {
                        return Err(GenError::Redraw("an empty interval"));
                    }
                    Event::Between(a.min(b), a.max(b))
                }
            };
            Ok(Params {
                mu,
                sigma,
                n,
                event,
                table: false,
            })
        }
        l => Err(GenError::Level(l)),
    }
}

impl Params {
    /// Whether the prompt states a normal population (x̄ exactly normal) rather than citing the
    /// central limit theorem (x̄ approximately normal).
    fn normal_population(&self) -> bool {
        self.n < CLT_MIN_N
    }
    /// The probability of the event when x̄ is standardized with `scale` (the standard error,
    /// or by mistake σ or σ/n), by the table (z rounded to two decimals) or exactly.
    fn probability(&self, scale: f64) -> f64 {
        let cdf = |c: f64| {
            let z = (c - self.mu) / scale;
            if self.table {
                table_cdf(z)
            } else {
                normal_cdf(z)
            }
        };
        let p = match self.event {
            Event::Above(c) => 1.0 - cdf(c),
            Event::Below(c) => cdf(c),
            Event::Between(a, b) => cdf(b) - cdf(a),
        };
        if self.table { round_to(p, 4) } else { p }
    }
    fn se(&self) -> f64 {
        self.sigma / (self.n as f64).sqrt()
    }
    /// `P(m > 104.5)`.
    fn event_text(&self) -> String {
        match self.event {
            Event::Above(c) => format!("P({XBAR} > {})", rounded(c, 2)),
            Event::Below(c) => format!("P({XBAR} < {})", rounded(c, 2)),
            Event::Between(a, b) => format!("P({} < {XBAR} < {})", rounded(a, 2), rounded(b, 2)),
        }
    }
}

impl Exercise for SampleMeanProbability {
    fn id(&self) -> &'static str {
        "stats.mean_probability"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        let se = p.se();
        let answer_value = p.probability(se);
        if !table_friendly(answer_value) {
            return Err(GenError::Redraw("a probability too close to 0 or 1"));
        }
        let tol = if p.table {
            TABLE_TOLERANCE
        } else {
            Tolerance::default()
        };
        let eq = Equivalence::Scalar(tol);
        let answer = AnswerSpec::with(Scalar::Real(answer_value), eq.clone());
        let mut mistakes = Mistakes::under(&answer.expected, &eq);
        mistakes.require(
            "one_value",
            Scalar::Real(p.probability(p.sigma)),
            "That standardizes with σ: it is the probability for one value drawn from the \
             population. The mean of n values varies less: divide by the standard error σ/√n.",
        )?;
        let forgot = Scalar::Real(p.probability(p.sigma / p.n as f64));
        let forgot_message = "That standardizes with σ/n. The standard error of the mean is \
                              σ/√n: the spread shrinks with the square root of n.";
        if let Event::Between(..) = p.event {
            mistakes.require("forgot_sqrt", forgot, forgot_message)?;
        } else {
            mistakes.require(
                "wrong_tail",
                Scalar::Real(round_to(1.0 - answer_value, 12)),
                "That is the probability of the other side. The table (and normcdf) give the \
                 area to the left, P(Z ≤ z): check the direction of the inequality.",
            )?;
            mistakes.optional("forgot_sqrt", forgot, forgot_message);
        }

        let event = p.event_text();
        let (population, approach) = if p.normal_population() {
            (
                "A normal population",
                format!("Then {XBAR} is normal too: use"),
            )
        } else {
            (
                "A population",
                "The sample is large: use the normal approximation (central limit theorem) and"
                    .to_string(),
            )
        };
        let method = if p.table {
            "a z table (or normcdf); give the probability to 4 decimal places."
        } else {
            "normcdf; give the probability to 4 significant figures."
        };
        let prompt = vec![
            Line::text(format!("{population} has mean "))
                .m(format!("μ = {}", rounded(p.mu, 1)))
                .t(" and standard deviation ")
                .m(format!("σ = {}", rounded(p.sigma, 1)))
                .t(format!(". Let {XBAR} be the mean of a random sample of "))
                .m(format!("n = {}", p.n))
                .t(" values."),
            Line::text("Find ").m(event.clone()).t("."),
            Line::text(format!("{approach} {method}")),
        ];

        let k = (p.n as f64).sqrt();
        let mut se_steps = vec![
            "σ/√n".to_string(),
            format!("{}/√{}", rounded(p.sigma, 1), p.n),
        ];
        if p.table {
            se_steps.push(format!("{}/{}", rounded(p.sigma, 1), rounded(k, 0)));
        }
        se_steps.push(sig(se));
        let z_of = |c: f64| (c - p.mu) / se;
        let z_text = |c: f64| {
            if p.table {
                fixed(z_of(c), 2)
            } else {
                sig(z_of(c))
            }
        };
        let z_steps = |c: f64| {
            format!(
                "z = ({} − {})/{} = {}",
                rounded(c, 2),
                rounded(p.mu, 1),
                sig(se),
                z_text(c)
            )
        };
        // Φ at a bound, as the table or the calculator gives it.
        let (cdf_name, cdf_value) = (
            |c: f64| {
                if p.table {
                    format!("P(Z ≤ {})", z_text(c))
                } else {
                    format!("normcdf({})", z_text(c))
                }
            },
            |c: f64| {
                if p.table {
                    fixed(table_cdf(z_of(c)), 4)
                } else {
                    sig(normal_cdf(z_of(c)))
                }
            },
        );
        let why = if p.normal_population() {
            Line::text(format!(
                "The population is normal, so {XBAR} is exactly normal (at any n), with mean μ \
                 and standard deviation the standard error:"
            ))
        } else {
            Line::text("The sample is large (")
                .m(format!("n = {} ≥ {CLT_MIN_N}", p.n))
                .t(format!(
                    "), so by the central limit theorem {XBAR} is approximately normal, with \
                     mean μ and standard deviation the standard error:"
                ))
        };
        let mut solution = vec![
            why,
            Line::math(chain("SE", &se_steps)),
            Line::text("Standardize: ")
                .m("z = (c − μ)/SE")
                .t(" at each bound c."),
        ];
        let lookup = |c: f64| Line::math(format!("{} = {}", cdf_name(c), cdf_value(c)));
        let (last_step, last_hint) = match p.event {
            Event::Above(c) => {
                solution.push(Line::math(z_steps(c)));
                solution.push(lookup(c));
                (
                    format!("{event} = P(Z > {}) = 1 − {}", z_text(c), cdf_value(c)),
                    format!("{}, and {event} = 1 − {}.", z_steps(c), cdf_name(c)),
                )
            }
            Event::Below(c) => {
                solution.push(Line::math(z_steps(c)));
                // The calculator's call is a step of its own; the table's P(Z ≤ z) is not.
                let call = if p.table {
                    String::new()
                } else {
                    format!(" = {}", cdf_name(c))
                };
                (
                    format!("{event} = P(Z < {}){call}", z_text(c)),
                    format!("{}, and {event} = {}.", z_steps(c), cdf_name(c)),
                )
            }
            Event::Between(a, b) => {
                solution.push(Line::math(z_steps(a)));
                solution.push(Line::math(z_steps(b)));
                solution.push(Line::math(format!(
                    "{} = {},   {} = {}",
                    cdf_name(a),
                    cdf_value(a),
                    cdf_name(b),
                    cdf_value(b)
                )));
                (
                    format!(
                        "{event} = P({} < Z < {}) = {} − {}",
                        z_text(a),
                        z_text(b),
                        cdf_value(b),
                        cdf_value(a)
                    ),
                    format!(
                        "z = {} and z = {} at the two bounds: {event} = {} − {}.",
                        z_text(a),
                        z_text(b),
                        cdf_name(b),
                        cdf_name(a)
                    ),
                )
            }
        };
        solution.push(crate::exercises::common::math_line(&format!(
            "{last_step} = {}",
            sig(answer_value)
        )));
        let hints = vec![
            format!(
                "SE = σ/√n = {}/√{} = {}: {XBAR} varies much less than one value.",
                rounded(p.sigma, 1),
                p.n,
                sig(se)
            ),
            last_hint,
        ];
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
    use super::*;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{
        Seen, answer_numbers, given, number_after, prompt_text,
    };
    use statrs::distribution::{ContinuousCDF, Normal};

    /// The probability of the prompt's event for a normal with this mean and sd (statrs).
    fn probability(d: &Draft, mean: f64, sd: f64) -> f64 {
        let dist = Normal::new(mean, sd).unwrap();
        let text = prompt_text(d);
        if text.contains(&format!("< {XBAR} <")) {
            let (a, b) = (
                number_after(d, "P("),
                number_after(d, &format!("< {XBAR} < ")),
            );
            assert!(a < b);
            dist.cdf(b) - dist.cdf(a)
        } else if text.contains(&format!("P({XBAR} > ")) {
            dist.sf(number_after(d, &format!("P({XBAR} > ")))
        } else {
            dist.cdf(number_after(d, &format!("P({XBAR} < ")))
        }
    }

    /// The text of the solution, pieces joined.
    fn solution_text(d: &Draft) -> String {
        d.solution
            .iter()
            .flat_map(|l| &l.0)
            .map(|p| match p {
                crate::engine::Piece::Text(s) | crate::engine::Piece::Math(s) => s.clone(),
                crate::engine::Piece::Value(v) => crate::render::inline_value(v),
            })
            .collect()
    }

    /// Below 30 values the prompt states that the population is normal (x̄ is then exactly
    /// normal) and the solution says so; from 30 on both cite the central limit theorem.
    fn assert_justified(d: &Draft, n: f64, ctx: &str) {
        let (prompt, solution) = (prompt_text(d), solution_text(d));
        if n < CLT_MIN_N as f64 {
            assert!(prompt.starts_with("A normal population"), "{ctx}: {prompt}");
            assert!(!prompt.contains("central limit"), "{ctx}: {prompt}");
            assert!(solution.starts_with("The population is normal"), "{ctx}");
        } else {
            assert!(
                prompt.contains("(central limit theorem)"),
                "{ctx}: {prompt}"
            );
            assert!(!prompt.contains("normal population"), "{ctx}: {prompt}");
            assert!(solution.contains("by the central limit theorem"), "{ctx}");
        }
        // US spelling, as the probability kinds write it.
        let messages: String = d.mistakes.iter().map(|m| m.message.as_str()).collect();
        for text in [&solution, &messages, &d.hints.concat()] {
            assert!(!text.contains("tandardis"), "{ctx}: {text}");
        }
        assert!(solution.contains("Standardize: "), "{ctx}");
    }

    #[test]
    fn probabilities_match_statrs_and_sit_on_the_table() {
        let mut justified = [0usize; 2];
        let mut kinds = [0usize; 3];
        let mut mistakes_seen = Seen::default();
        soundness(&SampleMeanProbability, &[1, 2, 3], |level, d, ctx| {
            mistakes_seen.note(d);
            let (mu, sigma, n) = (given(d, "μ"), given(d, "σ"), given(d, "n"));
            let se = sigma / n.sqrt();
            assert_justified(d, n, ctx);
            justified[usize::from(n >= CLT_MIN_N as f64)] += 1;
            let got = answer_numbers(d)[0];
            let exact = probability(d, mu, se);
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            let one_value = d.mistakes.iter().find(|m| m.name == "one_value").unwrap();
            let one_value = one_value.answer.as_scalar().unwrap().to_f64();
            let last = d.hints.last().unwrap();
            assert!((0.03..=0.97).contains(&got), "{ctx}: {got}");
            if level < 3 {
                // Two table lookups are each within 5e-5 of Φ.
                assert!(
                    (got - exact).abs() <= 1e-4 + 1e-12,
                    "{ctx}: {got} vs {exact}"
                );
                assert!((one_value - probability(d, mu, sigma)).abs() <= 1e-4 + 1e-12);
                assert_eq!(n.sqrt().fract(), 0.0, "{ctx}");
                assert!(n <= 36.0 && se.fract() == 0.0 && se <= 6.0, "{ctx}");
                let text = prompt_text(d);
                for part in text.split(['(', ')', '<', '>']).filter(|t| t.contains('.')) {
                    if let Ok(c) = part.trim().parse::<f64>() {
                        let z = (c - mu) / se * 100.0;
                        assert!((z - z.round()).abs() < 1e-9, "{ctx}: z at {c}");
                    }
                }
                assert!(last.contains("P(Z ≤ "), "{ctx}: {last}");
            } else {
                assert!((got - exact).abs() <= 1e-9, "{ctx}: {got} vs {exact}");
                assert!(
                    (one_value - probability(d, mu, sigma)).abs() <= 1e-9,
                    "{ctx}"
                );
                assert!(last.contains("normcdf(") || last.contains("P(Z "), "{ctx}");
            }
            let expected = if level == 2 {
                "forgot_sqrt"
            } else {
                "wrong_tail"
            };
            if level < 3 {
                assert!(names.contains(&expected), "{ctx}: {names:?}");
            }
            kinds[usize::from(prompt_text(d).contains(&format!("< {XBAR} <")))
                + usize::from(level == 3)] += 1;
        });
        mistakes_seen.assert_exactly(&["one_value", "forgot_sqrt", "wrong_tail"]);
        assert!(kinds.iter().all(|&k| k > 0), "{kinds:?}");
        assert!(justified.iter().all(|&k| k > 50), "{justified:?}");
    }
}
