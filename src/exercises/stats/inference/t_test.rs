//! `stats.t_test`: a one-sample t test of H₀: μ = μ₀ against H₁: μ ≠ μ₀ from n, the sample
//! mean x̄ and the sample sd s (σ unknown): t = (x̄ − μ₀)/(s/√n) with n − 1 degrees of freedom.
//!
//! Level 1: the statistic, nice: n = k² (9..64), s = k·SE with SE an integer 1..5, and t a
//! decimal of at most two places (|t| 0.5..3.5). Level 2: the two-sided p-value
//! 2·(1 − tcdf(|t|, n − 1)) from the calculator, n 5..30, m and s with one decimal, p in
//! [0.01, 0.6] (4 significant figures). Level 3: the decision at α = 0.01, 0.05 or 0.10 (yes/no:
//! reject H₀?), drawn first so that "yes" and "no" are equally likely, with p at least 10% away
//! from α; the solution shows the p-value.

use super::common::{XBAR, gcd, t_two_sided, z_two_sided};
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, t_cdf, t_quantile};
use crate::exercises::common::{rounded, sig, tidy};
use crate::expr::Value;
use crate::math::Scalar;

pub struct TTest;

struct Params {
    n: i64,
    mu0: f64,
    mean: f64,
    s: f64,
    /// Level 3: the significance level.
    alpha: Option<f64>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let mu0 = rng.int(10, 200) as f64;
    Ok(match level {
        1 => {
            let (k, se) = (rng.int(3, 8), rng.int(1, 5));
            // t in hundredths with m = μ₀ + t·SE at one decimal.
            let step = 10 / gcd(se, 10);
            let j = rng.sign() * step * rng.int((50 + step - 1) / step, 350 / step);
            Params {
                n: k * k,
                mu0,
                mean: mu0 + (j * se) as f64 / 100.0,
                s: (k * se) as f64,
                alpha: None,
            }
        }
        2 | 3 => {
            let n = rng.int(5, 30);
            let s = rng.int(20, 150) as f64 / 10.0;
            let se = s / (n as f64).sqrt();
            let (t, alpha) = if level == 2 {
                // x̄ within about 3.5 standard errors of μ₀.
                (rng.int(-350, 350) as f64 / 100.0, None)
            } else {
                // The decision is drawn first, so rejecting and not rejecting are equally
                // likely: |t| is 1.1 to 1.6 times the critical value tinv(1 − α/2, n − 1), or
                // 0.05 to 0.85 times it.
                let alpha = *rng.pick(&[0.01, 0.05, 0.10]);
                let critical = t_quantile(1.0 - alpha / 2.0, (n - 1) as f64);
                let factor = if rng.chance(1, 2) {
                    rng.int(110, 160)
                } else {
                    rng.int(5, 85)
                };
                (
                    rng.sign() as f64 * critical * factor as f64 / 100.0,
                    Some(alpha),
                )
            };
            // x̄ at one decimal.
            let d = (t * se * 10.0).round() / 10.0;
            Params {
                n,
                mu0,
                mean: mu0 + d,
                s,
                alpha,
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

impl Exercise for TTest {
    fn id(&self) -> &'static str {
        "stats.t_test"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        let nf = p.n as f64;
        let df = nf - 1.0;
        let se = p.s / nf.sqrt();
        let diff = p.mean - p.mu0;
        let t = diff / se;
        let pv = t_two_sided(t, df);
        let (mu0, mean, s) = (rounded(p.mu0, 1), rounded(p.mean, 1), rounded(p.s, 1));
        let mut prompt = vec![
            Line::text("Test ")
                .m("H₀: μ = μ₀")
                .t(" against ")
                .m("H₁: μ ≠ μ₀")
                .t(", where ")
                .m(format!("μ₀ = {mu0}"))
                .t(" (two-sided). A random sample of ")
                .m(format!("n = {}", p.n))
                .t(" values from a normal population has mean ")
                .m(format!("{XBAR} = {mean}"))
                .t(" and sample standard deviation ")
                .m(format!("s = {s}"))
                .t("; σ is unknown."),
        ];
        let t_line = Line::math(chain(
            "t",
            &[
                format!("({XBAR} − μ₀)/(s/√n)"),
                format!("({mean} − {mu0})/({s}/√{})", p.n),
                format!("{}/{}", rounded(diff, 1), sig(se)),
                sig(t),
            ],
        ));
        let se_line = Line::math(chain(
            "SE",
            &["s/√n".into(), format!("{s}/√{}", p.n), sig(se)],
        ));
        let p_steps = format!(
            "p = 2·(1 − tcdf({}, {})) = 2·(1 − {}) = {}",
            sig(t.abs()),
            p.n - 1,
            sig(t_cdf(t.abs(), df)),
            sig(pv)
        );
        let mut solution = vec![
            Line::text("The standard error of the mean, then the statistic:"),
            se_line,
            t_line,
        ];
        let first_hint = format!(
            "SE = s/√n = {s}/√{} = {}; t measures {XBAR} − μ₀ in standard errors.",
            p.n,
            sig(se)
        );
        let (answer, mistakes, last_hint) = match (level, p.alpha) {
            (1, _) => {
                let answer = AnswerSpec::scalar(tidy(Scalar::Real(t)));
                let mut ms = Mistakes::new(&answer.expected);
                ms.require(
                    "s_over_n",
                    Scalar::Real(diff / (p.s / nf)),
                    "That divides s by n. The standard error of the mean is s/√n.",
                )?;
                ms.require(
                    "no_sqrt_n",
                    Scalar::Real(diff / p.s),
                    format!(
                        "That divides by s alone: it measures {XBAR} − μ₀ in standard deviations \
                         of one value. The mean of n values has standard error s/√n."
                    ),
                )?;
                prompt.push(Line::text(
                    "Compute the test statistic t (exactly or to 4 significant figures).",
                ));
                let hint = format!("t = ({mean} − {mu0})/{}.", sig(se));
                (answer, ms, hint)
            }
            (2, _) => {
                if !(0.01..=0.6).contains(&pv) {
                    return Err(GenError::Redraw("a p-value out of range"));
                }
                let answer = AnswerSpec::scalar(Scalar::Real(pv));
                let mut ms = Mistakes::new(&answer.expected);
                ms.require(
                    "z_instead_of_t",
                    Scalar::Real(z_two_sided(t)),
                    "That p-value comes from the normal distribution. With σ unknown and n \
                     small, t has the t distribution with n − 1 degrees of freedom, whose \
                     heavier tails give a larger p-value: use tcdf.",
                )?;
                ms.require(
                    "one_sided",
                    Scalar::Real(pv / 2.0),
                    "That is the one-sided p-value, one tail only. H₁: μ ≠ μ₀ is two-sided: \
                     count both tails, p = 2·P(T ≥ |t|).",
                )?;
                ms.optional(
                    "s_over_n",
                    Scalar::Real(t_two_sided(diff / (p.s / nf), df)),
                    "That p-value comes from a statistic with s/n as the standard error. The \
                     standard error of the mean is s/√n.",
                );
                prompt.push(Line::text(
                    "Find the two-sided p-value with tcdf in the calculator, to 4 significant \
                     figures.",
                ));
                solution.push(
                    Line::text("Both tails beyond ")
                        .m("|t|")
                        .t(" count, with ")
                        .m(format!("df = n − 1 = {}", p.n - 1))
                        .t(":"),
                );
                solution.push(Line::math(p_steps));
                let hint = format!(
                    "t = {} with {} degrees of freedom: p = 2·(1 − tcdf({}, {})).",
                    sig(t),
                    p.n - 1,
                    sig(t.abs()),
                    p.n - 1
                );
                (answer, ms, hint)
            }
            (_, Some(alpha)) => {
                if (pv / alpha).ln().abs() < 0.1 {
                    return Err(GenError::Redraw("p too close to α"));
                }
                let reject = pv < alpha;
                let answer = AnswerSpec::with(Value::Bool(reject), Equivalence::Exact);
                let mut ms = Mistakes::new(&answer.expected);
                let level_text = format!("{}%", rounded(alpha * 100.0, 0));
                let (verdict, traps) = if reject {
                    (
                        format!("below {}: H₀ is rejected", rounded(alpha, 2)),
                        " (Dividing by s instead of s/√n, or forgetting that a small p-value is \
                         evidence against H₀, leads the other way.)"
                            .to_string(),
                    )
                } else {
                    let mut traps = String::new();
                    if z_two_sided(t) < alpha {
                        traps.push_str(
                            " The normal distribution would give a p-value below the level: at \
                             small n use t, whose tails are heavier.",
                        );
                    }
                    if pv / 2.0 < alpha {
                        traps.push_str(
                            " Half of it, one tail, is the one-sided p-value; H₁ here is \
                             two-sided.",
                        );
                    }
                    (
                        format!("not below {}: H₀ is not rejected", rounded(alpha, 2)),
                        traps,
                    )
                };
                ms.require(
                    "wrong_decision",
                    Value::Bool(!reject),
                    format!(
                        "The two-sided p-value with n − 1 = {} degrees of freedom is {}, \
                         {verdict}.{traps}",
                        p.n - 1,
                        sig(pv)
                    ),
                )?;
                prompt.push(Line::text(format!(
                    "At the {level_text} significance level, do you reject H₀? Use the t test \
                     (tcdf in the calculator). Answer yes or no."
                )));
                solution.push(
                    Line::text("The two-sided p-value, with ")
                        .m(format!("df = n − 1 = {}", p.n - 1))
                        .t(":"),
                );
                solution.push(Line::math(p_steps));
                solution.push(
                    Line::text(if reject {
                        "It is below the significance level "
                    } else {
                        "It is not below the significance level "
                    })
                    .m(rounded(alpha, 2))
                    .t(if reject {
                        ", so H₀ is rejected. Answer: "
                    } else {
                        ", so H₀ is not rejected. Answer: "
                    })
                    .v(answer.expected.clone()),
                );
                let hint = format!(
                    "p = 2·(1 − tcdf({}, {})): reject H₀ when p < {}.",
                    sig(t.abs()),
                    p.n - 1,
                    rounded(alpha, 2)
                );
                (answer, ms, hint)
            }
            (l, None) => return Err(GenError::Level(l)),
        };
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints: vec![first_hint, last_hint],
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{Seen, answer_numbers, close, given, prompt_text};
    use statrs::distribution::{ContinuousCDF, StudentsT};

    #[test]
    fn statistics_p_values_and_decisions_match_statrs() {
        let mut decisions = [0usize; 2];
        let mut mistakes_seen = Seen::default();
        soundness(&TTest, &[1, 2, 3], |level, d, ctx| {
            mistakes_seen.note(d);
            let (n, mu0, mean, s) = (given(d, "n"), given(d, "μ₀"), given(d, XBAR), given(d, "s"));
            let t = (mean - mu0) / (s / n.sqrt());
            let dist = StudentsT::new(0.0, 1.0, n - 1.0).unwrap();
            let p = 2.0 * dist.sf(t.abs());
            let last = d.hints.last().unwrap();
            match level {
                1 => {
                    let got = answer_numbers(d)[0];
                    assert!(close(got, t, 1e-9), "{ctx}");
                    assert!((got * 100.0 - (got * 100.0).round()).abs() < 1e-9, "{ctx}");
                    assert!(n.sqrt().fract() == 0.0 && (0.5..=3.5).contains(&t.abs()));
                    assert!(last.starts_with("t = ("), "{ctx}: {last}");
                }
                2 => {
                    let got = answer_numbers(d)[0];
                    assert!(close(got, p, 1e-9), "{ctx}: {got} vs {p}");
                    assert!((0.01..=0.6).contains(&got), "{ctx}");
                    assert!(d.mistakes.iter().any(|m| m.name == "z_instead_of_t"));
                    assert!(last.contains("tcdf("), "{ctx}");
                }
                _ => {
                    let text = prompt_text(d);
                    let alpha = [1.0, 5.0, 10.0]
                        .into_iter()
                        .find(|a| text.contains(&format!("At the {a}% significance")))
                        .unwrap()
                        / 100.0;
                    assert_eq!(d.answer.expected, Value::Bool(p < alpha), "{ctx}");
                    assert!((p / alpha).ln().abs() >= 0.1, "{ctx}");
                    assert_eq!(d.mistakes.len(), 1);
                    decisions[usize::from(p < alpha)] += 1;
                    assert!(last.contains("reject H₀ when p <"), "{ctx}");
                }
            }
        });
        mistakes_seen.assert_exactly(&[
            "s_over_n",
            "no_sqrt_n",
            "z_instead_of_t",
            "one_sided",
            "wrong_decision",
        ]);
        // "yes" and "no" about equally often, so guessing one answer does not pass.
        let yes = decisions[1] as f64 / (decisions[0] + decisions[1]) as f64;
        assert!((0.4..=0.6).contains(&yes), "{decisions:?}");
    }
}
