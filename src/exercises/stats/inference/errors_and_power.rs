//! `stats.errors_and_power`: the power of a one-sided z test (σ known) at a true mean, the
//! probability of a type II error, and the sample size for a target power.
//!
//! The test of H₀: μ = μ₀ rejects when the sample mean x̄ is beyond c = μ₀ ± z·σ/√n, z the z
//! table's one-sided critical value to three decimals (1.282, 1.645, 2.326 for 10%, 5%, 1%).
//! At the true mean μ₁, power = P(m beyond c) and the type II error probability is 1 − power,
//! computed with normcdf (a z table, interpolated, gives the same to 4 decimal places: the answer
//! is accepted within [`TABLE_TOLERANCE`]).
//! Level 1: H₁: μ > μ₀ at 5%, the power; n = k² (4..36) and σ/√n an integer 1..5, μ₁ − μ₀ a
//! whole number. Level 2: either direction, 10%, 5% or 1%, the power or the type II error.
//! Level 3: the smallest n with power at least 0.80, 0.90 or 0.95, n = ⌈((z + z')·σ/(μ₁ − μ₀))²⌉
//! with the table values the prompt gives (an integer).
//! At levels 1–2, a third of the exercises ask instead for the probability of a type I error of
//! a stated rejection rule (`type_one.rs`): P(reject H₀ | H₀ true), one- or two-sided.

use super::common::XBAR;
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, normal_cdf};
use crate::exercises::common::{TABLE_TOLERANCE, table_friendly};
use crate::exercises::common::{rounded, sig};
use crate::math::Scalar;

mod type_one;

pub struct ErrorsAndPower;

/// A significance level with its one-sided and two-sided table critical values, in thousandths.
#[derive(Clone, Copy)]
struct Significance {
    percent: i64,
    one_sided: i64,
    two_sided: i64,
}

const LEVELS: [Significance; 3] = [
    Significance {
        percent: 10,
        one_sided: 1282,
        two_sided: 1645,
    },
    Significance {
        percent: 5,
        one_sided: 1645,
        two_sided: 1960,
    },
    Significance {
        percent: 1,
        one_sided: 2326,
        two_sided: 2576,
    },
];

/// Target powers in percent with the z table's z' for them, P(Z ≤ z') = power, in thousandths.
const POWERS: [(i64, i64); 3] = [(80, 842), (90, 1282), (95, 1645)];

struct Params {
    mu0: i64,
    sigma: i64,
    /// √n (levels 1–2).
    k: i64,
    /// μ₁ − μ₀, signed as H₁ points.
    delta: i64,
    level: Significance,
    /// Levels 1–2: the power is asked (else the type II error).
    ask_power: bool,
    /// Level 3: the target power in percent and its z', in thousandths.
    target: Option<(i64, i64)>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let mu0 = rng.int(4, 40) * 5;
    Ok(match level {
        1 | 2 => {
            let (k, se) = (rng.int(2, 6), rng.int(1, 5));
            let sign = if level == 1 { 1 } else { rng.sign() };
            Params {
                mu0,
                sigma: k * se,
                k,
                delta: sign * rng.int(1, 4 * se),
                level: if level == 1 {
                    LEVELS[1]
                } else {
                    *rng.pick(&LEVELS)
                },
                ask_power: level == 1 || rng.chance(1, 2),
                target: None,
            }
        }
        3 => {
            let sigma = rng.int(5, 50);
            Params {
                mu0,
                sigma,
                k: 0,
                delta: rng.int(1, sigma),
                level: *rng.pick(&LEVELS[1..]),
                ask_power: true,
                target: Some(*rng.pick(&POWERS)),
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

/// `1.645` from thousandths.
fn thousandths(z: i64) -> String {
    rounded(z as f64 / 1000.0, 3)
}

impl Exercise for ErrorsAndPower {
    fn id(&self) -> &'static str {
        "stats.errors_and_power"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        if level <= 2 && rng.chance(1, 3) {
            return type_one::draw(level, rng).and_then(|p| type_one::build(&p));
        }
        let p = draw(level, rng)?;
        match p.target {
            Some(target) => sample_size(&p, target),
            None => power(&p),
        }
    }
}

/// The opening of every prompt: the hypotheses, σ and the significance level; with `symbolic`,
/// the hypotheses name μ₀ (`H₀: μ = μ₀ against H₁: μ > μ₀, where μ₀ = 50`).
fn hypotheses(p: &Params, symbolic: bool) -> Line {
    let sym = if p.delta > 0 { ">" } else { "<" };
    let line = if symbolic {
        Line::text("A z test of ")
            .m("H₀: μ = μ₀")
            .t(" against ")
            .m(format!("H₁: μ {sym} μ₀"))
            .t(", where ")
            .m(format!("μ₀ = {}", p.mu0))
            .t(",")
    } else {
        Line::text("A z test of ")
            .m(format!("H₀: μ = {}", p.mu0))
            .t(" against ")
            .m(format!("H₁: μ {sym} {}", p.mu0))
    };
    line.t(format!(
        " at the {}% significance level, with ",
        p.level.percent
    ))
    .m(format!("σ = {}", p.sigma))
    .t(" known")
}

/// Levels 1–2: the power or the type II error probability at μ₁ = μ₀ + δ.
fn power(p: &Params) -> Result<Draft, GenError> {
    let n = p.k * p.k;
    let se = p.sigma as f64 / p.k as f64;
    let upper = p.delta > 0;
    let sign = if upper { 1.0 } else { -1.0 };
    let mu1 = p.mu0 + p.delta;
    // The power when the cut-off is μ₀ ± z·SE.
    let power_with = |z_thousandths: i64| {
        let c = p.mu0 as f64 + sign * z_thousandths as f64 / 1000.0 * se;
        let z = (c - mu1 as f64) / se;
        if upper {
            1.0 - normal_cdf(z)
        } else {
            normal_cdf(z)
        }
    };
    let pw = power_with(p.level.one_sided);
    let value = if p.ask_power { pw } else { 1.0 - pw };
    if !table_friendly(value) || !table_friendly(pw) {
        return Err(GenError::Redraw("a probability too close to 0 or 1"));
    }
    let eq = Equivalence::Scalar(TABLE_TOLERANCE);
    let answer = AnswerSpec::with(Scalar::Real(value), eq.clone());
    let mut mistakes = Mistakes::under(&answer.expected, &eq);
    let alpha = p.level.percent as f64 / 100.0;
    if p.ask_power {
        mistakes.require(
            "swapped",
            Scalar::Real(1.0 - pw),
            "That is the probability of a type II error: not rejecting H₀ although it is \
             false. The power is the probability of rejecting it: 1 minus that.",
        )?;
        mistakes.optional(
            "one_minus_alpha",
            Scalar::Real(1.0 - alpha),
            "That is 1 minus the significance level: the probability of not rejecting H₀ when \
             it is true. The power is about the true mean the question gives: the probability \
             that the test rejects when μ has that value.",
        );
    } else {
        mistakes.require(
            "swapped",
            Scalar::Real(pw),
            "That is the power, the probability of rejecting H₀ at this true mean. A type II \
             error is not rejecting H₀ although it is false: 1 minus the power.",
        )?;
        mistakes.optional(
            "type_one",
            Scalar::Real(alpha),
            "That is the significance level, the probability of a type I error (rejecting H₀ \
             when it is true). A type II error is not rejecting H₀ when the true mean is the \
             one the question gives.",
        );
    }
    let two = power_with(p.level.two_sided);
    mistakes.require(
        "two_sided_critical",
        Scalar::Real(if p.ask_power { two } else { 1.0 - two }),
        format!(
            "That uses the critical value {} of a two-sided test at {}%. This test is one-sided: \
             all of the {}% is in one tail.",
            thousandths(p.level.two_sided),
            p.level.percent,
            p.level.percent
        ),
    )?;

    let z_crit = thousandths(p.level.one_sided);
    let c = p.mu0 as f64 + sign * p.level.one_sided as f64 / 1000.0 * se;
    let z = (c - mu1 as f64) / se;
    let (beyond, within) = if upper { (">", "≤") } else { ("<", "≥") };
    let what = if p.ask_power {
        "the power of the test (the probability that it rejects H₀)"
    } else {
        "the probability of a type II error (that the test does not reject H₀)"
    };
    let prompt = vec![
        hypotheses(p, false)
            .t(", uses the mean ")
            .m(XBAR)
            .t(" of a random sample of ")
            .m(format!("n = {n}"))
            .t("."),
        Line::text(format!("If in fact μ = {mu1}, what is {what}?")),
        Line::text(
            "Take the critical value from the z table to three decimals; give the probability \
             to 4 decimal places (normcdf, or the z table interpolated).",
        ),
    ];
    let pm = if upper { "+" } else { "−" };
    let mut solution = vec![
        Line::math(chain(
            "SE",
            &["σ/√n".into(), format!("{}/√{n}", p.sigma), rounded(se, 4)],
        )),
        Line::text(format!(
            "The one-sided critical value for {}% is ",
            p.level.percent
        ))
        .m(format!("z* = {z_crit}"))
        .t(": the test rejects when ")
        .m(format!("{XBAR} {beyond} c"))
        .t(" with")
        .m(format!(
            " c = {} {pm} {z_crit}·{} = {}",
            p.mu0,
            rounded(se, 4),
            rounded(c, 4)
        )),
        Line::text("If ")
            .m(format!("μ = {mu1}"))
            .t(", then ")
            .m(XBAR)
            .t(" is normal with that mean and sd SE, so standardise c: ")
            .m(format!(
                "z = ({} − {mu1})/{} = {}",
                rounded(c, 4),
                rounded(se, 4),
                sig(z)
            )),
    ];
    let cdf = format!("normcdf({})", sig(z));
    let cdf_value = sig(normal_cdf(z));
    let (final_line, last_hint) = match (p.ask_power, upper) {
        (true, true) => (
            format!(
                "power = P({XBAR} > c) = P(Z > {}) = 1 − {cdf} = 1 − {cdf_value} = {}",
                sig(z),
                sig(value)
            ),
            format!("The power is P(Z > {}) = 1 − {cdf}.", sig(z)),
        ),
        (true, false) => (
            format!(
                "power = P({XBAR} < c) = P(Z < {}) = {cdf} = {}",
                sig(z),
                sig(value)
            ),
            format!("The power is P(Z < {}) = {cdf}.", sig(z)),
        ),
        (false, true) => (
            format!("P({XBAR} ≤ c) = P(Z ≤ {}) = {cdf} = {}", sig(z), sig(value)),
            format!("A type II error is {XBAR} ≤ c: P(Z ≤ {}) = {cdf}.", sig(z)),
        ),
        (false, false) => (
            format!(
                "P({XBAR} ≥ c) = P(Z ≥ {}) = 1 − {cdf} = 1 − {cdf_value} = {}",
                sig(z),
                sig(value)
            ),
            format!(
                "A type II error is {XBAR} ≥ c: P(Z ≥ {}) = 1 − {cdf}.",
                sig(z)
            ),
        ),
    };
    solution.push(if p.ask_power {
        Line::text("The power is the probability of rejecting:")
    } else {
        Line::text(format!(
            "A type II error is not rejecting, {XBAR} {within} c:"
        ))
    });
    solution.push(crate::exercises::common::math_line(&final_line));
    solution.push(Line::text(format!(
        "For comparison, the probability of a type I error (rejecting when μ = {} is true) is \
         the significance level, {}.",
        p.mu0,
        rounded(alpha, 2)
    )));
    let hints = vec![
        format!(
            "The test rejects when {XBAR} {beyond} c = {} {pm} {z_crit}·σ/√n = {}.",
            p.mu0,
            rounded(c, 4)
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

/// ⌈(z·σ/δ)²⌉ for z in thousandths, in integers.
fn needed(z: i64, sigma: i64, delta: i64) -> i64 {
    let num = (z * sigma) * (z * sigma);
    let den = 1_000_000 * delta * delta;
    (num + den - 1) / den
}

/// Level 3: the smallest n with at least the target power.
fn sample_size(p: &Params, (percent, z_power): (i64, i64)) -> Result<Draft, GenError> {
    let z_sum = p.level.one_sided + z_power;
    let n = needed(z_sum, p.sigma, p.delta);
    if !(5..=2000).contains(&n) {
        return Err(GenError::Redraw("n out of range"));
    }
    let answer = AnswerSpec::integer(n);
    let mut mistakes = Mistakes::new(&answer.expected);
    let ratio = z_sum as f64 / 1000.0 * p.sigma as f64 / p.delta as f64;
    mistakes.require(
        "forgot_square",
        Scalar::int(ratio.ceil() as i64),
        "That makes n at least (z + z')·σ/(μ₁ − μ₀), but that bound is for √n: square it.",
    )?;
    mistakes.require(
        "two_sided_critical",
        Scalar::int(needed(p.level.two_sided + z_power, p.sigma, p.delta)),
        format!(
            "That uses {}, the critical value of a two-sided test at {}%. This test is \
             one-sided: all of the {}% is in one tail.",
            thousandths(p.level.two_sided),
            p.level.percent,
            p.level.percent
        ),
    )?;
    if p.level.one_sided > z_power {
        mistakes.optional(
            "swapped",
            Scalar::int(needed(p.level.one_sided - z_power, p.sigma, p.delta)),
            format!(
                "That takes z' with the wrong sign: it is the n for a power of only 0.{:02}, \
                 power and type II error swapped. For the power to reach 0.{percent:02} the \
                 cut-off must lie z'·σ/√n below μ₁, so the two add: √n ≥ (z + z')·σ/(μ₁ − μ₀).",
                100 - percent
            ),
        );
    }
    let bound = ratio * ratio;
    mistakes.optional(
        "rounded_down",
        Scalar::int(bound.floor() as i64),
        "With that n the power is just below the target: n must be at least the bound, so round \
         up.",
    );

    let (z, zp) = (thousandths(p.level.one_sided), thousandths(z_power));
    let mu1 = p.mu0 + p.delta;
    let prompt = vec![
        hypotheses(p, true).t(", will use the mean of a random sample of size n."),
        Line::text(format!(
            "How large must n be for the test to have power at least 0.{percent:02} if in fact "
        ))
        .m(format!("μ₁ = {mu1}"))
        .t("? Use the z table's values ")
        .m(format!("z = {z}"))
        .t(format!(" ({}% in the upper tail) and ", p.level.percent))
        .m(format!("z' = {zp}"))
        .t(format!(" ({}% in the upper tail).", 100 - percent)),
    ];
    let solution = vec![
        Line::text("The test rejects when the sample mean is beyond ")
            .m("μ₀ + z·σ/√n")
            .t("; at ")
            .m("μ₁")
            .t(format!(
                " that happens with probability 0.{percent:02} exactly when the cut-off lies "
            ))
            .m("z'·σ/√n")
            .t(" on the other side of ")
            .m("μ₁")
            .t(": ")
            .m("√n ≥ (z + z')·σ/(μ₁ − μ₀)")
            .t("."),
        Line::math(format!(
            "√n ≥ ({z} + {zp})·{}/{} = {}·{}/{} = {}",
            p.sigma,
            p.delta,
            thousandths(z_sum),
            p.sigma,
            p.delta,
            sig(ratio)
        )),
        Line::math(format!("n ≥ {}² = {}", sig(ratio), sig(bound))),
        Line::text("The smallest whole number at least that: ").m(format!("n = {n}")),
    ];
    let hints = vec![
        format!(
            "The power is at least 0.{percent:02} when √n ≥ (z + z')·σ/(μ₁ − μ₀) = ({z} + \
             {zp})·{}/{}.",
            p.sigma, p.delta
        ),
        format!(
            "n ≥ {}² = {}: n is the smallest whole number at least this.",
            sig(ratio),
            sig(bound)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{Seen, answer_numbers, given, prompt_text};
    use statrs::distribution::{ContinuousCDF, Normal};

    #[test]
    fn power_and_sample_size_match_a_direct_computation() {
        let mut asked = std::collections::BTreeSet::new();
        let mut mistakes_seen = Seen::default();
        soundness(&ErrorsAndPower, &[1, 2, 3], |level, d, ctx| {
            let text = prompt_text(d);
            if text.contains(type_one::QUESTION) {
                return; // checked in type_one.rs
            }
            mistakes_seen.note(d);
            let sigma = given(d, "σ");
            let mu0 = if level < 3 {
                given(d, "H₀: μ")
            } else {
                given(d, "μ₀")
            };
            let percent = [10.0, 5.0, 1.0]
                .into_iter()
                .find(|a| text.contains(&format!("at the {a}% significance")))
                .unwrap();
            let upper = text.contains("H₁: μ >");
            let std = Normal::standard();
            let last = d.hints.last().unwrap();
            if level < 3 {
                let (n, mu1) = (given(d, "n"), given(d, "If in fact μ"));
                // z rounded to the table's three decimals.
                let z = (std.inverse_cdf(1.0 - percent / 100.0) * 1000.0).round() / 1000.0;
                let se = sigma / n.sqrt();
                let dist = Normal::new(mu1, se).unwrap();
                let power = if upper {
                    dist.sf(mu0 + z * se)
                } else {
                    dist.cdf(mu0 - z * se)
                };
                let ask_power = text.contains("the power of the test");
                let want = if ask_power { power } else { 1.0 - power };
                let got = answer_numbers(d)[0];
                assert!((got - want).abs() < 1e-9, "{ctx}: {got} vs {want}");
                assert!((0.03..=0.97).contains(&got), "{ctx}");
                assert!(se.fract() == 0.0 && n.sqrt().fract() == 0.0, "{ctx}");
                assert_eq!(upper, mu1 > mu0, "{ctx}");
                if level == 1 {
                    assert!(upper && percent == 5.0 && ask_power, "{ctx}");
                }
                assert!(last.contains("normcdf("), "{ctx}");
                asked.insert((level, ask_power, upper));
            } else {
                let (mu1, z, zp) = (given(d, "μ₁"), given(d, "z"), given(d, "z'"));
                let power: f64 = text
                    .split("power at least ")
                    .nth(1)
                    .unwrap()
                    .split(' ')
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap();
                assert!((z - std.inverse_cdf(1.0 - percent / 100.0)).abs() < 5e-4);
                assert!((zp - std.inverse_cdf(power)).abs() < 5e-4, "{ctx}");
                let n = answer_numbers(d)[0] as i64;
                // The smallest n whose power, with the prompt's z values, reaches the target:
                // P(Z > z − (μ₁ − μ₀)√n/σ) ≥ power ⇔ (μ₁ − μ₀)√n/σ ≥ z + z'.
                let reaches = |n: i64| (mu1 - mu0) * (n as f64).sqrt() / sigma >= z + zp - 1e-12;
                assert!(reaches(n) && !reaches(n - 1), "{ctx}: n = {n}");
                assert!(last.contains("smallest whole number"), "{ctx}");
            }
        });
        mistakes_seen.assert_exactly(&[
            "swapped",
            "one_minus_alpha",
            "type_one",
            "two_sided_critical",
            "forgot_square",
            "rounded_down",
        ]);
        for level in [1, 2] {
            assert!(asked.iter().any(|&(l, ..)| l == level));
        }
        assert!(asked.contains(&(2, false, false)) && asked.contains(&(2, true, true)));
    }

    #[test]
    fn integer_ceilings_are_exact() {
        assert_eq!(needed(2487, 10, 3), 69);
        assert_eq!(needed(2000, 10, 2), 100);
        assert_eq!(needed(2001, 10, 2), 101);
    }
}
