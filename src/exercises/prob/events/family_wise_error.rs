//! `prob.family_wise_error`: the chance of at least one false positive among m independent tests
//! at level `L` when every null hypothesis is true, `1 − (1 − L)^m`.
//!
//! Level 1: m = 2–4 at level 0.05 or 0.1 (an exact decimal). Level 2: m of 5–30 at 0.01 or 0.05.
//! Level 3, half the time: the smallest m for which that chance passes a target (1/4, 1/2 or
//! 3/4), an integer; otherwise Šidák's per-test level for a family-wise target F:
//! `1 − (1 − F)^(1/m)`.
//!
//! The prompts define m and α, which the catalog's hints use. A rate is written as its exact
//! decimal when that has at most 6 significant digits, else to 6 significant figures after `≈`
//! (`0.95¹² ≈ 0.54036`), and the answer is then the real number.
//!
//! Named mistakes: `m·L`, `L^m`, `(1 − L)^m` (no false positive at all); for the smallest m,
//! the linear estimate `target/L` and the last m below the target; for Šidák, Bonferroni's `F/m`,
//! the m-th power instead of the root, and the root without the complement.

use super::writing::{decimal_answer, decimal_chain, decimal_line, p};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::superscript;
use crate::exercises::common::{Mistakes, math_line, ordinal};
use crate::math::{Scalar, format_real};

pub struct FamilyWiseError;

#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    /// The family-wise error rate of m tests.
    Rate,
    /// The smallest m with a rate above the target.
    SmallestM { target: Scalar },
    /// Šidák's per-test level for a family-wise target.
    Sidak { target: Scalar },
}

#[derive(Clone, Debug)]
pub struct Params {
    pub level: Scalar,
    pub m: i64,
    pub ask: Ask,
}

pub fn draw(lvl: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let pct = |x: i64| Scalar::frac(x, 100);
    Ok(match lvl {
        1 => Params {
            level: pct(*rng.pick(&[5, 10])),
            m: rng.int(2, 4),
            ask: Ask::Rate,
        },
        2 => Params {
            level: pct(*rng.pick(&[1, 5])),
            m: *rng.pick(&[5, 6, 8, 10, 12, 15, 20, 25, 30]),
            ask: Ask::Rate,
        },
        3 if rng.chance(1, 2) => Params {
            level: pct(*rng.pick(&[1, 2, 5, 10])),
            m: 0,
            ask: Ask::SmallestM {
                target: Scalar::frac(*rng.pick(&[1, 2, 3]), 4),
            },
        },
        3 => Params {
            level: Scalar::ZERO,
            m: rng.int(3, 10),
            ask: Ask::Sidak {
                target: pct(*rng.pick(&[5, 10])),
            },
        },
        l => return Err(GenError::Level(l)),
    })
}

/// `1 − (1 − l)^m` in f64.
fn rate(l: f64, m: i64) -> f64 {
    1.0 - (1.0 - l).powi(m as i32)
}

/// The smallest m with `1 − (1 − l)^m > target` (bounded: l ≥ 0.01 gives m < 200).
fn smallest_m(l: f64, target: f64) -> Option<i64> {
    (1..1000).find(|&m| rate(l, m) > target)
}

pub fn build(_lvl: u8, q: &Params) -> Result<Draft, GenError> {
    match &q.ask {
        Ask::Rate => rate_draft(q),
        Ask::SmallestM { target } => smallest_draft(q.level, *target),
        Ask::Sidak { target } => sidak_draft(q.m, *target),
    }
}

fn rate_draft(q: &Params) -> Result<Draft, GenError> {
    let (l, m) = (q.level, q.m);
    let keep = Scalar::ONE - l;
    let none = keep.powi(m).ok_or(GenError::Redraw("power"))?;
    let value = Scalar::ONE - none;
    let answer = decimal_answer(value);
    let lt = p(l);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "times_m",
        l * Scalar::int(m),
        format!(
            "m·{lt} adds the tests' chances as if false positives could never come together \
             (with enough tests it passes 1). Go through the complement: 1 − P(no false \
             positive)."
        ),
    )?;
    mistakes.require(
        "all_false_positives",
        l.powi(m).ok_or(GenError::Redraw("power"))?,
        format!(
            "{lt} to the power m is the chance that every test gives a false positive. At least \
             one is the complement of none."
        ),
    )?;
    mistakes.optional(
        "no_false_positive",
        none,
        "That is the chance of no false positive at all. The family-wise error rate is its \
         complement.",
    );
    let prompt = vec![
        Line::text(format!(
            "You run m = {m} independent hypothesis tests, each at significance level α = {lt}, \
             and every null hypothesis is true."
        )),
        Line::text(
            "What is the probability of at least one false positive (the family-wise error \
             rate)? Give an exact decimal or 4 significant figures.",
        ),
    ];
    let power = superscript(m as u32);
    let solution = vec![
        Line::text(format!(
            "Each test stays quiet with probability 1 − {lt}; independent, so all {m} do with \
             the product:"
        )),
        math_line(&decimal_chain(
            "P(no false positive)",
            &[format!("(1 − {lt}){power}"), format!("{}{power}", p(keep))],
            none,
        )),
        decimal_line(
            "P(at least one false positive)",
            &[format!("1 − {}{power}", p(keep))],
            value,
        ),
    ];
    let hints = vec![
        "At least one false positive is the complement of none: 1 − P(no false positive), and \
         the tests stay quiet independently."
            .to_string(),
        format!(
            "{}: take it from 1.",
            decimal_chain(
                "P(no false positive)",
                &[format!("{}{power}", p(keep))],
                none
            )
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

fn smallest_draft(l: Scalar, target: Scalar) -> Result<Draft, GenError> {
    let (lf, tf) = (l.to_f64(), target.to_f64());
    let m = smallest_m(lf, tf).ok_or(GenError::Redraw("no m"))?;
    // The rates on either side of the target must be told apart at 4 significant figures.
    if (rate(lf, m) - tf).abs() < 1e-3 || (rate(lf, m - 1) - tf).abs() < 1e-3 {
        return Err(GenError::Redraw("a rate too close to the target"));
    }
    let answer = AnswerSpec::integer(m);
    let (lt, tt) = (p(l), p(target));
    let mut mistakes = Mistakes::new(&answer.expected);
    let linear = (tf / lf).ceil() as i64;
    mistakes.require(
        "linear",
        Scalar::int(linear),
        format!(
            "That solves m·{lt} = {tt}: the chances of a false positive do not add up linearly, \
             since two can happen together. Solve 1 − (1 − {lt}) to the power m > {tt}."
        ),
    )?;
    mistakes.require(
        "last_below",
        Scalar::int(m - 1),
        format!(
            "With that many tests the chance is still at most {tt}: the question asks for the \
             first m above it (round the solution of the inequality up)."
        ),
    )?;
    let keep = p(Scalar::ONE - l);
    let root = (1.0 - tf).ln() / (1.0 - lf).ln();
    let prompt = vec![
        Line::text(format!(
            "Independent hypothesis tests are run at significance level α = {lt} each, and \
             every null hypothesis is true."
        )),
        Line::text(format!(
            "What is the smallest number of tests m for which the chance of at least one false \
             positive is above {tt}?"
        )),
    ];
    let at = |k: i64| {
        let power = format!("1 − {keep}{}", superscript(k as u32));
        let text = match (Scalar::ONE - l).powi(k) {
            Some(none) => decimal_chain(&power, &[], Scalar::ONE - none),
            None => format!("{power} ≈ {}", format_real(rate(lf, k), 6)),
        };
        Line::math(format!("m = {k}: {text}"))
    };
    let one_minus_t = p(Scalar::ONE - target);
    let solution = vec![
        Line::text(format!(
            "The chance is 1 − {keep} to the power m, above {tt} when {keep} to the power m is \
             below {one_minus_t}. Taking logarithms (both negative, so the inequality turns):"
        )),
        Line::math(format!(
            "m > ln({one_minus_t})/ln({keep}) ≈ {}",
            format_real(root, 6)
        )),
        at(m - 1).t(format!(", not above {tt}")),
        at(m).t(format!(", above {tt}")),
        Line::text("Answer: ").m(format!("m = {m}")),
    ];
    let hints = vec![
        format!(
            "Solve 1 − {keep} to the power m > {tt}: it is {keep} to the power m < \
             {one_minus_t}; take logarithms."
        ),
        format!(
            "m > ln({one_minus_t})/ln({keep}) ≈ {}: round up to a whole number of tests.",
            format_real(root, 6)
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

fn sidak_draft(m: i64, target: Scalar) -> Result<Draft, GenError> {
    let tf = target.to_f64();
    let keep = 1.0 - tf;
    let root = keep.powf(1.0 / m as f64);
    let value = 1.0 - root;
    let answer = AnswerSpec::scalar(Scalar::Real(value));
    let tt = p(target);
    let nth = ordinal(m as usize);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "bonferroni",
        target * Scalar::frac(1, m),
        format!(
            "That is Bonferroni's {tt}/{m}, which holds for any tests but is slightly too \
             strict. For independent tests solve 1 − (1 − α) to the power {m} = {tt} exactly."
        ),
    )?;
    mistakes.require(
        "power_not_root",
        Scalar::Real(1.0 - keep.powi(m as i32)),
        format!(
            "That raises {} to the power {m}. Here the unknown is inside the power: undo it with \
             the {nth} root.",
            p(Scalar::ONE - target)
        ),
    )?;
    mistakes.optional(
        "root_without_complement",
        Scalar::Real(root),
        "That is 1 − α, the chance that one test stays quiet. The per-test level is α: take \
         it from 1.",
    );
    let kt = p(Scalar::ONE - target);
    let prompt = vec![
        Line::text(format!(
            "You will run m = {m} independent hypothesis tests and want the chance of at least \
             one false positive, when every null hypothesis is true, to be exactly {tt}."
        )),
        Line::text(
            "At what significance level α must each test be run (Sidak's correction for \
             independent tests)? Give 4 significant figures.",
        ),
    ];
    let solution = vec![
        Line::text(format!(
            "All {m} tests stay quiet with probability 1 − α to the power {m}, which must be \
             1 − {tt} = {kt}. So "
        ))
        .m("1 − α")
        .t(format!(" is the {nth} root of {kt}:")),
        Line::math(format!("1 − α = {kt}^(1/{m}) ≈ {}", format_real(root, 6))),
        Line::math(format!(
            "α ≈ 1 − {} = {}",
            format_real(root, 6),
            format_real(value, 6)
        )),
    ];
    let hints = vec![
        format!(
            "Set 1 − (1 − α) to the power {m} equal to {tt} and solve for α: the {nth} root \
             undoes the power."
        ),
        format!(
            "1 − α is the {nth} root of {kt}, which is {}: take it from 1.",
            format_real(root, 6)
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

impl Exercise for FamilyWiseError {
    fn id(&self) -> &'static str {
        "prob.family_wise_error"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::writing::{Decimal, written_decimal};
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, assert_close, soundness_with};
    use statrs::distribution::{Binomial, DiscreteCDF};

    /// Whether `text` holds a fraction whose numerator or denominator has 7 digits or more.
    fn long_fraction(text: &str) -> bool {
        let digits = |s: &str| s.chars().rev().take_while(char::is_ascii_digit).count();
        text.split('/')
            .zip(text.split('/').skip(1))
            .any(|(before, after)| {
                digits(before) >= 7 || after.chars().take_while(char::is_ascii_digit).count() >= 7
            })
    }

    #[test]
    fn rates_match_the_binomial_and_sidak_inverts_them() {
        let mut seen = Seen::default();
        let mut asks = [0usize; 3];
        soundness_with(
            &FamilyWiseError,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                // Independent: the number of false positives is Binomial(m, level) in statrs.
                let fwer = |l: f64, m: i64| 1.0 - Binomial::new(l, m as u64).unwrap().cdf(0);
                match &q.ask {
                    Ask::Rate => {
                        let want = fwer(q.level.to_f64(), q.m);
                        let got = answer_f64(d);
                        assert!((got - want).abs() < 1e-12, "{ctx}: {got} {want}");
                        assert!(level < 3, "{ctx}");
                        asks[0] += 1;
                    }
                    Ask::SmallestM { target } => {
                        let (l, t) = (q.level.to_f64(), target.to_f64());
                        let m = answer_f64(d) as i64;
                        assert!(fwer(l, m) > t && fwer(l, m - 1) <= t, "{ctx}");
                        assert!((2..200).contains(&m), "{ctx}");
                        asks[1] += 1;
                    }
                    Ask::Sidak { target } => {
                        let per_test = answer_f64(d);
                        assert_close(fwer(per_test, q.m), target.to_f64(), ctx);
                        assert!(per_test < target.to_f64() / q.m as f64 * 1.1, "{ctx}");
                        asks[2] += 1;
                    }
                }
                assert!(d.hints.len() >= 2, "{ctx}");
                // Written as a learner reads it: decimals, never a fraction of 16-digit numbers;
                // the symbols of the catalog's hints (m, α) defined in the prompt; ordinals
                // so, and ordinals as words are written (7th, not 7-th).
                let canonical = d.answer.canonical_text();
                assert!(!canonical.contains('/'), "{ctx}: {canonical}");
                let text = format!("{:?} {:?} {:?}", d.prompt, d.solution, d.hints);
                assert!(!long_fraction(&text), "{ctx}: {text}");
                let prompt = format!("{:?}", d.prompt);
                assert!(prompt.contains("α") && prompt.contains(" m "), "{ctx}");
                assert!(!text.contains("-th"), "{ctx}");
                seen.note(d);
            },
        );
        assert!(asks[1] > 100 && asks[2] > 100, "{asks:?}");
        let power = Scalar::frac(19, 20).powi(12).unwrap();
        assert_eq!(written_decimal(power), Decimal::Rounded("0.54036".into()));
        assert!(
            !decimal_answer(Scalar::ONE - power)
                .canonical_text()
                .contains('/')
        );
        assert_eq!(
            written_decimal(Scalar::frac(9025, 10000)),
            Decimal::Exact("0.9025".into())
        );
        assert_eq!(ordinal(3), "3rd");
        assert_eq!(ordinal(7), "7th");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(22), "22nd");
        seen.assert_all(&[
            "times_m",
            "all_false_positives",
            "no_false_positive",
            "linear",
            "last_below",
            "bonferroni",
            "power_not_root",
            "root_without_complement",
        ]);
    }
}
