//! The type I error variant of `stats.errors_and_power` (levels 1–2): a z test whose rejection
//! rule for the sample mean is stated; the probability of a type I error is the probability that
//! the rule rejects when H₀ is true, `P(reject | μ = μ₀)`, the test's significance level.
//!
//! Numbers: `SE = σ/√n` is a whole number that divides 100 (`n = k²`, `σ = k·SE`), and the
//! cut-off's distance `d` from `μ₀` is a whole number, so `z = d/SE` has at most two decimals and
//! sits on the z table. Level 1: the rule `x̄ > μ₀ + d`, `SE` 2, 4 or 5. Level 2: `x̄ > c`, `x̄ < c`
//! or the two-sided `x̄ < μ₀ − d or x̄ > μ₀ + d`, `SE` up to 25. The answer lies between 0.03 and
//! 0.97, so the table's four decimals are accepted ([`TABLE_TOLERANCE`]).
//!
//! Named mistakes: one minus the answer (the probability of not rejecting a true H₀), the tails
//! miscounted (both for a one-sided rule, one for a two-sided rule), and σ used for `σ/√n`.

use super::super::common::XBAR;
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, normal_cdf};
use crate::exercises::common::{TABLE_TOLERANCE, rounded, sig, table_friendly};
use crate::math::Scalar;

/// The words that open the question of this variant (the tests tell it from the others by them).
pub(super) const QUESTION: &str = "What is the probability of a type I error";

/// When the test rejects H₀.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Rule {
    /// `x̄ > μ₀ + d`.
    Above,
    /// `x̄ < μ₀ − d`.
    Below,
    /// `x̄ < μ₀ − d` or `x̄ > μ₀ + d`.
    Both,
}

#[derive(Clone, Debug)]
pub(super) struct TypeOne {
    pub mu0: i64,
    /// √n.
    pub k: i64,
    /// σ/√n.
    pub se: i64,
    /// The cut-off's distance from μ₀.
    pub d: i64,
    pub rule: Rule,
}

pub(super) fn draw(level: u8, rng: &mut DrillRng) -> Result<TypeOne, GenError> {
    let (se, rule) = match level {
        1 => (*rng.pick(&[2, 4, 5]), Rule::Above),
        2 => (
            *rng.pick(&[4, 5, 10, 20, 25]),
            *rng.pick(&[Rule::Above, Rule::Below, Rule::Both]),
        ),
        l => return Err(GenError::Level(l)),
    };
    Ok(TypeOne {
        // μ₀ ≥ 5·SE keeps the lower cut-off μ₀ − d positive (d ≤ 2.2·SE).
        mu0: rng.int(se.max(4), 40) * 5,
        k: rng.int(2, 6),
        se,
        // z = d/SE from 1 to 2.2.
        d: rng.int(se, 22 * se / 10),
        rule,
    })
}

/// `P(Z > z)`.
fn upper_tail(z: f64) -> f64 {
    normal_cdf(-z)
}

/// The probability that `rule` rejects when the standardised cut-off is `z`.
fn rejects(rule: Rule, z: f64) -> f64 {
    match rule {
        Rule::Above | Rule::Below => upper_tail(z),
        Rule::Both => 2.0 * upper_tail(z),
    }
}

pub(super) fn build(p: &TypeOne) -> Result<Draft, GenError> {
    let (mu0, se, d) = (p.mu0, p.se, p.d);
    let (n, sigma) = (p.k * p.k, p.k * p.se);
    let z = d as f64 / se as f64;
    let value = rejects(p.rule, z);
    if !table_friendly(value) {
        return Err(GenError::Redraw("a probability too close to 0 or 1"));
    }
    let eq = Equivalence::Scalar(TABLE_TOLERANCE);
    let answer = AnswerSpec::with(Scalar::Real(value), eq.clone());
    let mut mistakes = Mistakes::under(&answer.expected, &eq);
    mistakes.require(
        "not_rejecting",
        Scalar::Real(1.0 - value),
        "That is the probability of not rejecting H₀ when it is true, the right decision. A \
         type I error is the wrong one: rejecting a true H₀.",
    )?;
    let (tails_answer, tails_message) = match p.rule {
        Rule::Both => (
            upper_tail(z),
            format!(
                "That is one tail only. The test rejects when {XBAR} is too far from {mu0} on \
                 either side: add the probabilities of both tails."
            ),
        ),
        Rule::Above | Rule::Below => (
            2.0 * upper_tail(z),
            format!(
                "That adds both tails, as a two-sided test would. This test rejects on one side \
                 of {mu0} only: one tail."
            ),
        ),
    };
    mistakes.require("tails", Scalar::Real(tails_answer), tails_message)?;
    mistakes.optional(
        "sigma_for_se",
        Scalar::Real(rejects(p.rule, d as f64 / sigma as f64)),
        "That standardises with σ, the sd of one observation. The mean of n observations varies \
         less: its sd is σ/√n.",
    );

    let (lo, hi) = (mu0 - d, mu0 + d);
    let (alternative, rule_text, event) = match p.rule {
        Rule::Above => (
            format!("μ > {mu0}"),
            format!("{XBAR} > {hi}"),
            format!("P({XBAR} > {hi})"),
        ),
        Rule::Below => (
            format!("μ < {mu0}"),
            format!("{XBAR} < {lo}"),
            format!("P({XBAR} < {lo})"),
        ),
        Rule::Both => (
            format!("μ ≠ {mu0}"),
            format!("{XBAR} < {lo} or {XBAR} > {hi}"),
            format!("P({XBAR} < {lo} or {XBAR} > {hi})"),
        ),
    };
    let prompt = vec![
        Line::text("A z test of ")
            .m(format!("H₀: μ = {mu0}"))
            .t(" against ")
            .m(format!("H₁: {alternative}"))
            .t(", with ")
            .m(format!("σ = {sigma}"))
            .t(" known, uses the mean ")
            .m(XBAR)
            .t(" of a random sample of ")
            .m(format!("n = {n}"))
            .t(". It rejects ")
            .m("H₀")
            .t(" when ")
            .m(rule_text)
            .t("."),
        Line::text(format!(
            "{QUESTION}, that is, of rejecting H₀ when it is true? Give it to 4 decimal places \
             (normcdf, or the z table)."
        )),
    ];
    let zt = rounded(z, 2);
    let cdf = format!("normcdf({zt})");
    let cdf_value = sig(normal_cdf(z));
    let (steps, last_hint) = match p.rule {
        Rule::Above => (
            vec![
                format!("P(Z > {zt})"),
                format!("1 − {cdf}"),
                format!("1 − {cdf_value}"),
            ],
            format!("{event} = P(Z > {zt}) = 1 − {cdf}."),
        ),
        Rule::Below => (
            vec![format!("P(Z < −{zt})"), format!("normcdf(−{zt})")],
            format!("{event} = P(Z < −{zt}) = normcdf(−{zt})."),
        ),
        Rule::Both => (
            vec![
                format!("2·P(Z > {zt})"),
                format!("2·(1 − {cdf})"),
                format!("2·(1 − {cdf_value})"),
            ],
            format!("{event} = 2·P(Z > {zt}) = 2·(1 − {cdf}): both tails."),
        ),
    };
    let mut steps = steps;
    steps.push(sig(value));
    let cut = if p.rule == Rule::Below { lo } else { hi };
    let solution = vec![
        math_line(&chain(
            "SE",
            &["σ/√n".into(), format!("{sigma}/√{n}"), se.to_string()],
        )),
        Line::text("A type I error is rejecting H₀ when it is true: if ")
            .m(format!("μ = {mu0}"))
            .t(", then ")
            .m(XBAR)
            .t(format!(
                " is normal with mean {mu0} and sd SE = {se}. Standardise the cut-off: "
            ))
            .m(format!(
                "z = ({cut} − {mu0})/{se} = {}",
                rounded((cut - mu0) as f64 / se as f64, 2)
            )),
        math_line(&chain(&event, &steps)),
        Line::text(
            "That is the test's significance level: the probability of a type I error is set by \
             the rule, before any data.",
        ),
    ];
    let hints = vec![
        format!(
            "A type I error is rejecting H₀ although it is true: take μ = {mu0}, so {XBAR} has \
             mean {mu0} and sd σ/√n = {sigma}/√{n} = {se}."
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

#[cfg(test)]
mod tests {
    use super::super::ErrorsAndPower;
    use super::*;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{answer_numbers, given, prompt_text};
    use statrs::distribution::{ContinuousCDF, Normal};
    use std::collections::BTreeSet;

    /// The number after `key` in `text`, with a true minus sign.
    fn after(text: &str, key: &str) -> f64 {
        let at = text
            .find(key)
            .unwrap_or_else(|| panic!("no {key:?} in {text}"))
            + key.len();
        let number: String = text[at..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        number
            .parse()
            .unwrap_or_else(|_| panic!("no number after {key:?} in {text}"))
    }

    #[test]
    fn the_type_one_error_is_the_rejection_probability_under_the_null() {
        let mut seen = BTreeSet::new();
        let mut rules = BTreeSet::new();
        let mut count = 0;
        soundness(&ErrorsAndPower, &[1, 2, 3], |level, d, ctx| {
            let text = prompt_text(d);
            if !text.contains(QUESTION) {
                return;
            }
            assert!(level <= 2, "{ctx}");
            count += 1;
            let (mu0, sigma, n) = (given(d, "H₀: μ"), given(d, "σ"), given(d, "n"));
            let se = sigma / n.sqrt();
            assert!(n.sqrt().fract() == 0.0 && se.fract() == 0.0, "{ctx}");
            assert_eq!(100.0 % se, 0.0, "{ctx}: z has more than two decimals");
            assert!(!text.contains('-'), "{ctx}: a negative cut-off");
            // statrs: the sample mean under H₀ is Normal(μ₀, σ/√n).
            let null = Normal::new(mu0, se).unwrap();
            let both = text.contains(" or x̄ > ");
            let above = text.contains("x̄ > ") && !both;
            let below = text.contains("x̄ < ") && !both;
            let want = match (above, below) {
                (true, false) => null.sf(after(&text, "x̄ > ")),
                (false, true) => null.cdf(after(&text, "x̄ < ")),
                _ => {
                    assert!(both && text.contains("H₁: μ ≠"), "{ctx}");
                    let lo = after(&text, "x̄ < ");
                    let hi = after(&text, " or x̄ > ");
                    assert_eq!(hi - mu0, mu0 - lo, "{ctx}");
                    null.cdf(lo) + null.sf(hi)
                }
            };
            let got = answer_numbers(d)[0];
            assert!((got - want).abs() < 1e-9, "{ctx}: {got} vs {want}");
            assert!((0.03..=0.97).contains(&got), "{ctx}");
            // The cut-off is on the z table: z has two decimals.
            let distance = if above {
                after(&text, "x̄ > ") - mu0
            } else {
                mu0 - after(&text, "x̄ < ")
            };
            let z = distance / se;
            assert!(
                ((z * 100.0).round() - z * 100.0).abs() < 1e-9 && (1.0..=2.2).contains(&z),
                "{ctx}"
            );
            if level == 1 {
                assert!(above && !below && text.contains("H₁: μ >"), "{ctx}");
            }
            rules.insert((above, below, both));
            let last = d.hints.last().unwrap();
            assert!(
                last.contains("normcdf(") && last.starts_with("P(x̄ "),
                "{ctx}: {last}"
            );
            // The other readings of the question, each a named mistake.
            let one_tail = null.sf(mu0 + z * se);
            let mistake = |name: &str| {
                d.mistakes
                    .iter()
                    .find(|m| m.name == name)
                    .map(|m| m.answer.as_scalar().unwrap().to_f64())
            };
            assert!(
                (mistake("not_rejecting").unwrap() - (1.0 - want)).abs() < 1e-9,
                "{ctx}"
            );
            let other_tails = if both { one_tail } else { 2.0 * one_tail };
            assert!(
                (mistake("tails").unwrap() - other_tails).abs() < 1e-9,
                "{ctx}"
            );
            if let Some(wrong) = mistake("sigma_for_se") {
                let tails = if both { 2.0 } else { 1.0 };
                let standard = Normal::standard();
                assert!(
                    (wrong - tails * standard.sf(z * se / sigma)).abs() < 1e-9,
                    "{ctx}"
                );
            }
            seen.extend(d.mistakes.iter().map(|m| m.name));
        });
        assert!(count > 50, "{count}");
        assert_eq!(rules.len(), 3, "{rules:?}");
        for name in ["not_rejecting", "tails", "sigma_for_se"] {
            assert!(seen.contains(name), "{name} never appears");
        }
    }

    #[test]
    fn a_worked_example() {
        // H₀: μ = 100, σ = 16, n = 16, reject when x̄ > 107: z = 7/4 = 1.75.
        let p = TypeOne {
            mu0: 100,
            k: 4,
            se: 4,
            d: 7,
            rule: Rule::Above,
        };
        let d = build(&p).unwrap();
        let got = d.answer.expected.as_scalar().unwrap().to_f64();
        assert!((got - 0.0400592).abs() < 1e-6, "{got}");
        assert_eq!(d.hints[1], "P(x̄ > 107) = P(Z > 1.75) = 1 − normcdf(1.75).");
    }
}
