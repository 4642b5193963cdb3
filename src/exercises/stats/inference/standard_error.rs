//! `stats.standard_error`: the standard error σ/√n of a sample mean, and the n for a target.
//!
//! Level 1: σ an integer 2..40 and n = k² (k 2..10) with σ/k a decimal of at most 2 places.
//! Level 2: the population variance σ² is given (σ 3..30) with a sample's sd s beside it (the
//! named mistake uses s), n = k² with k 3..20; the answer may be any real (4 significant figures).
//! Level 3: the smallest n with σ/√n ≤ E, for σ 5..60 and E from a list, (σ/E)² not an integer:
//! the answer is ⌈(σ/E)²⌉.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain};
use crate::exercises::common::{rounded, sig, tidy};
use crate::math::Scalar;

pub struct StandardError;

/// A draw: σ, k = √n, the sample's s (level 2) or the target E (level 3).
struct Params {
    sigma: i64,
    k: i64,
    s: Option<f64>,
    target: Option<f64>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    Ok(match level {
        1 => {
            let (sigma, k) = (rng.int(2, 40), rng.int(2, 10));
            if (sigma * 100) % k != 0 || sigma == k {
                return Err(GenError::Redraw("σ/√n is not a short decimal"));
            }
            Params {
                sigma,
                k,
                s: None,
                target: None,
            }
        }
        2 => {
            let sigma = rng.int(3, 30);
            let off = rng.sign() * rng.int(1, 2 * sigma.min(10));
            Params {
                sigma,
                k: rng.int(3, 20),
                s: Some(sigma as f64 + off as f64 / 10.0),
                target: None,
            }
        }
        3 => {
            let sigma = rng.int(5, 60);
            let target = *rng.pick(&[0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0]);
            let r = sigma as f64 / target;
            let n = (r * r).ceil();
            if r.fract() == 0.0 || !(10.0..=2000.0).contains(&n) {
                return Err(GenError::Redraw("(σ/E)² is a whole number or out of range"));
            }
            Params {
                sigma,
                k: 0,
                s: None,
                target: Some(target),
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

impl Exercise for StandardError {
    fn id(&self) -> &'static str {
        "stats.standard_error"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        match p.target {
            Some(target) => sample_size(p.sigma, target),
            None => standard_error(&p),
        }
    }
}

/// Levels 1 and 2: SE = σ/√n.
fn standard_error(p: &Params) -> Result<Draft, GenError> {
    let (sigma, k) = (p.sigma as f64, p.k as f64);
    let n = p.k * p.k;
    let se = sigma / k;
    // A short decimal (1.9) as such, else σ/k as a fraction (19/17).
    let short = (se * 1e4 - (se * 1e4).round()).abs() < 1e-6;
    let answer = if short {
        AnswerSpec::scalar(tidy(Scalar::Real(se)))
    } else {
        AnswerSpec::scalar(Scalar::Real(se)).exact_as(format!("{}/{}", p.sigma, p.k))
    };
    let mut mistakes = Mistakes::new(&answer.expected);
    let real = |x: f64| Scalar::Real(x);
    let mut prompt = Vec::new();
    let mut solution = Vec::new();
    let mut hints = Vec::new();
    match p.s {
        None => {
            mistakes.require(
                "sigma_over_n",
                real(sigma / n as f64),
                "That divides σ by n. The spread of the sample mean shrinks with √n, not n: \
                 SE = σ/√n.",
            )?;
            mistakes.require(
                "variance_of_mean",
                real(sigma * sigma / n as f64),
                "That is σ²/n, the variance of the sample mean. The standard error is its \
                 standard deviation: the square root of σ²/n, which is σ/√n.",
            )?;
            prompt.push(
                Line::text("A population has standard deviation ")
                    .m(format!("σ = {}", p.sigma))
                    .t(". What is the standard error of the mean of a random sample of ")
                    .m(format!("n = {n}"))
                    .t(" values?"),
            );
            hints.push(format!("√n = √{n} = {}.", p.k));
        }
        Some(s) => {
            let var = sigma * sigma;
            mistakes.require(
                "variance_not_root",
                real(var / k),
                "That divides the variance σ² by √n. Take its square root first, σ = √σ², \
                 then divide: SE = σ/√n.",
            )?;
            mistakes.require(
                "sample_sd",
                real(s / k),
                "That uses the sample's standard deviation s. Here σ is known (from σ²), and \
                 the standard error of the mean is σ/√n; s/√n is its estimate when σ is unknown.",
            )?;
            mistakes.optional(
                "sigma_over_n",
                real(sigma / n as f64),
                "That divides σ by n. The spread of the sample mean shrinks with √n, not n: \
                 SE = σ/√n.",
            );
            mistakes.optional(
                "variance_of_mean",
                real(var / n as f64),
                "That is σ²/n, the variance of the sample mean. The standard error is its \
                 square root, σ/√n.",
            );
            prompt.push(
                Line::text("A population has variance ")
                    .m(format!("σ² = {}", p.sigma * p.sigma))
                    .t(". A random sample of ")
                    .m(format!("n = {n}"))
                    .t(" values has sample standard deviation ")
                    .m(format!("s = {}", rounded(s, 1)))
                    .t("."),
            );
            prompt.push(Line::text(
                "What is the standard error of the sample mean (σ is known)?",
            ));
            solution.push(
                Line::text("The population sd is the root of the variance: ")
                    .m(format!("σ = √{} = {}", p.sigma * p.sigma, p.sigma))
                    .t(". The sample's s is not needed: σ is known."),
            );
            hints.push(format!(
                "σ = √σ² = √{} = {}; the sample's s is not needed.",
                p.sigma * p.sigma,
                p.sigma
            ));
        }
    }
    prompt.push(Line::text("Give it exactly or to 4 significant figures."));
    solution.push(Line::text(
        "The standard error is the standard deviation of the sample mean:",
    ));
    solution.push(Line::math(chain(
        "SE",
        &[
            "σ/√n".into(),
            format!("{}/√{n}", p.sigma),
            format!("{}/{}", p.sigma, p.k),
            sig(se),
        ],
    )));
    hints.push(format!("SE = σ/√n = {}/{}.", p.sigma, p.k));
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// Level 3: the smallest n with σ/√n ≤ E.
fn sample_size(sigma: i64, target: f64) -> Result<Draft, GenError> {
    let r = sigma as f64 / target;
    let bound = r * r;
    let n = bound.ceil() as i64;
    let answer = AnswerSpec::integer(n);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "forgot_square",
        Scalar::int(r.ceil() as i64),
        "That makes n at least σ/E, but it is √n that must be at least σ/E: square it, \
         n ≥ (σ/E)².",
    )?;
    mistakes.require(
        "rounded_down",
        Scalar::int(bound.floor() as i64),
        "With that n the standard error σ/√n is still larger than E: n must be at least \
         (σ/E)², so round up.",
    )?;
    mistakes.optional(
        "forgot_square_of_e",
        Scalar::int((sigma as f64 * sigma as f64 / target).ceil() as i64),
        "That divides σ² by E. Square both: n ≥ (σ/E)² = σ²/E².",
    );
    let (e, ratio) = (rounded(target, 1), rounded(r, 4));
    let prompt = vec![
        Line::text("A population has standard deviation ")
            .m(format!("σ = {sigma}"))
            .t(". How large must a random sample be for the standard error of its mean to be at most ")
            .m(format!("E = {e}"))
            .t("? Give the smallest such sample size."),
    ];
    let se = |n: i64| sigma as f64 / (n as f64).sqrt();
    let solution = vec![
        Line::text("The standard error is ")
            .m("σ/√n")
            .t(", and ")
            .m("σ/√n ≤ E")
            .t(" exactly when ")
            .m("√n ≥ σ/E")
            .t(", that is when ")
            .m("n ≥ (σ/E)²")
            .t(":"),
        Line::math(chain(
            "(σ/E)²",
            &[
                format!("({sigma}/{e})²"),
                format!("{ratio}²"),
                rounded(bound, 4),
            ],
        )),
        Line::text("The smallest whole number at least that: ").m(format!("n = {n}")),
        Line::text("Check: ")
            .m(format!("{sigma}/√{n} = {} ≤ {e}", sig(se(n))))
            .t(", while ")
            .m(format!("{sigma}/√{} = {} > {e}", n - 1, sig(se(n - 1))))
            .t("."),
    ];
    let hints = vec![
        "Solve σ/√n ≤ E for n: √n ≥ σ/E, so n ≥ (σ/E)².".to_string(),
        format!(
            "(σ/E)² = ({sigma}/{e})² = {}: n is the smallest whole number at least this.",
            rounded(bound, 4)
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
    use crate::exercises::common::testing::{Seen, answer_numbers, close, given};

    #[test]
    fn standard_errors_and_sample_sizes_are_right_and_nice() {
        let mut seen = std::collections::BTreeSet::new();
        let mut mistakes_seen = Seen::default();
        soundness(&StandardError, &[1, 2, 3], |level, d, ctx| {
            mistakes_seen.note(d);
            let got = answer_numbers(d)[0];
            let sigma = match level {
                2 => given(d, "σ²").sqrt(),
                _ => given(d, "σ"),
            };
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            let last = d.hints.last().unwrap();
            if level < 3 {
                let n = given(d, "n");
                assert_eq!(n.sqrt().fract(), 0.0, "{ctx}: n is a square");
                assert!(close(got, sigma / n.sqrt(), 1e-9), "{ctx}");
                assert!(last.contains(&format!("{}/{}.", sigma, n.sqrt())), "{ctx}");
                if level == 1 {
                    assert!(close((got * 100.0).round(), got * 100.0, 1e-9), "{ctx}");
                    assert!(sigma <= 40.0 && n <= 100.0, "{ctx}");
                    assert!(names.contains(&"sigma_over_n"), "{ctx}");
                } else {
                    let s = given(d, "s");
                    assert!(s != sigma && s > 0.0, "{ctx}");
                    assert!(names.contains(&"sample_sd"), "{ctx}");
                    assert!(names.contains(&"variance_not_root"), "{ctx}");
                }
            } else {
                let e = given(d, "E");
                let n = got as i64;
                // The smallest n with σ/√n ≤ E, by a direct search.
                let direct = (1..).find(|&k| sigma / (k as f64).sqrt() <= e).unwrap();
                assert_eq!(n, direct, "{ctx}");
                assert!((10..=2000).contains(&n), "{ctx}");
                assert!(last.contains("smallest whole number"), "{ctx}");
                assert!(names.contains(&"rounded_down") && names.contains(&"forgot_square"));
            }
            seen.extend(names.iter().map(|n| (level, n.to_string())));
        });
        mistakes_seen.assert_exactly(&[
            "sigma_over_n",
            "variance_of_mean",
            "variance_not_root",
            "sample_sd",
            "forgot_square",
            "rounded_down",
            "forgot_square_of_e",
        ]);
        for (level, name) in [(1, "variance_of_mean"), (2, "sigma_over_n")] {
            assert!(seen.contains(&(level, name.to_string())), "{name}");
        }
    }
}
