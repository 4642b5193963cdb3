//! `stats.welch_test`: Welch's two-sample t test from summary statistics. The variances are not
//! pooled: with vᵢ = sᵢ²/nᵢ, t = (m₁ − m₂)/√(v₁ + v₂) and the Welch–Satterthwaite degrees of
//! freedom ν = (v₁ + v₂)²/(v₁²/(n₁ − 1) + v₂²/(n₂ − 1)). scipy's `ttest_ind` pools the variances
//! unless `equal_var=False`: the pooled statistic and its n₁ + n₂ − 2 degrees of freedom are the
//! named mistakes.
//!
//! Level 1: the statistic, nice: vᵢ = (aᵢ/q)² from a Pythagorean triple (a₁, a₂, c), so the
//! standard error is c/q; nᵢ = kᵢ² (4..64, different) and sᵢ = aᵢkᵢ/q. Level 2: ν (4
//! significant figures), nᵢ 5..40, sᵢ with one decimal. Level 3: the two-sided p-value
//! 2·(1 − tcdf(|t|, ν)) with the calculator, p in [0.01, 0.6].

use super::common::{XBAR, t_two_sided, z_two_sided};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, t_cdf};
use crate::exercises::common::{rounded, sig, tidy};
use crate::math::Scalar;

pub struct WelchTest;

const TRIPLES: [(i64, i64, i64); 6] = [
    (3, 4, 5),
    (5, 12, 13),
    (8, 15, 17),
    (7, 24, 25),
    (20, 21, 29),
    (6, 8, 10),
];

#[derive(Clone, Copy)]
struct Group {
    n: i64,
    mean: f64,
    s: f64,
}

impl Group {
    /// s²/n.
    fn v(&self) -> f64 {
        self.s * self.s / self.n as f64
    }
}

struct Params {
    g: [Group; 2],
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let base = rng.int(200, 1000) as f64 / 10.0;
    let g = match level {
        1 => {
            let (a, b, c) = *rng.pick(&TRIPLES);
            let (a, b) = if rng.chance(1, 2) { (a, b) } else { (b, a) };
            let q = *rng.pick(&[1, 2, 5, 10]) as f64;
            let (k1, k2) = (rng.int(2, 8), rng.int(2, 8));
            if k1 == k2 {
                return Err(GenError::Redraw("equal sample sizes"));
            }
            let se = c as f64 / q;
            let d = (rng.sign() * rng.int(50, 350)) as f64 / 100.0 * se;
            let d = (d * 10.0).round() / 10.0;
            [
                Group {
                    n: k1 * k1,
                    mean: base + d,
                    s: (a * k1) as f64 / q,
                },
                Group {
                    n: k2 * k2,
                    mean: base,
                    s: (b * k2) as f64 / q,
                },
            ]
        }
        2 | 3 => {
            let (n1, n2) = (rng.int(5, 40), rng.int(5, 40));
            let (s1, s2) = (
                rng.int(20, 200) as f64 / 10.0,
                rng.int(20, 200) as f64 / 10.0,
            );
            if n1 == n2 || s1 == s2 {
                return Err(GenError::Redraw("equal sizes or spreads"));
            }
            let se = (s1 * s1 / n1 as f64 + s2 * s2 / n2 as f64).sqrt();
            let d = (rng.int(-300, 300) as f64 / 100.0 * se * 10.0).round() / 10.0;
            [
                Group {
                    n: n1,
                    mean: base + d,
                    s: s1,
                },
                Group {
                    n: n2,
                    mean: base,
                    s: s2,
                },
            ]
        }
        l => return Err(GenError::Level(l)),
    };
    Ok(Params { g })
}

/// The Welch statistic, its degrees of freedom, the pooled statistic and its degrees of freedom.
struct Stats {
    t: f64,
    nu: f64,
    t_pooled: f64,
    df_pooled: f64,
}

fn stats(g: &[Group; 2]) -> Stats {
    let [a, b] = g;
    let (v1, v2) = (a.v(), b.v());
    let d = a.mean - b.mean;
    let (n1, n2) = (a.n as f64, b.n as f64);
    let pooled_var = ((n1 - 1.0) * a.s * a.s + (n2 - 1.0) * b.s * b.s) / (n1 + n2 - 2.0);
    Stats {
        t: d / (v1 + v2).sqrt(),
        nu: (v1 + v2).powi(2) / (v1 * v1 / (n1 - 1.0) + v2 * v2 / (n2 - 1.0)),
        t_pooled: d / (pooled_var * (1.0 / n1 + 1.0 / n2)).sqrt(),
        df_pooled: n1 + n2 - 2.0,
    }
}

const POOLED: &str = "That pools the two variances into one, as scipy's ttest_ind does by \
                      default (equal_var=True). Welch's test keeps them apart: the standard \
                      error is √(s₁²/n₁ + s₂²/n₂)";

impl Exercise for WelchTest {
    fn id(&self) -> &'static str {
        "stats.welch_test"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let Params { g } = draw(level, rng)?;
        let st = stats(&g);
        let [a, b] = g;
        let (n1, n2) = (a.n as f64, b.n as f64);
        let d = a.mean - b.mean;
        let (v1, v2) = (a.v(), b.v());
        let pv = t_two_sided(st.t, st.nu);
        let mut prompt = vec![
            Line::text("Two independent random samples: group 1 has ")
                .m(format!("n₁ = {}", a.n))
                .t(", mean ")
                .m(format!("{XBAR}₁ = {}", rounded(a.mean, 1)))
                .t(" and sample standard deviation ")
                .m(format!("s₁ = {}", rounded(a.s, 1)))
                .t("; group 2 has ")
                .m(format!("n₂ = {}", b.n))
                .t(", ")
                .m(format!("{XBAR}₂ = {}", rounded(b.mean, 1)))
                .t(" and ")
                .m(format!("s₂ = {}", rounded(b.s, 1)))
                .t("."),
            Line::text(
                "Use Welch's test, which does not assume equal variances and does not pool \
                 them (scipy's two-sample t test pools them unless told the variances differ).",
            ),
        ];
        let v_line = |i: usize, g: &Group| {
            let sub = ["₁", "₂"][i];
            chain(
                &format!("v{sub}"),
                &[
                    format!("s{sub}²/n{sub}"),
                    format!("{}²/{}", rounded(g.s, 1), g.n),
                    sig(g.v()),
                ],
            )
        };
        let mut solution = vec![
            Line::text("The variance of each sample mean, kept apart:"),
            math_line(&format!("{},   {}", v_line(0, &a), v_line(1, &b))),
        ];
        let se = (v1 + v2).sqrt();
        let t_line = math_line(&chain(
            "t",
            &[
                format!("({XBAR}₁ − {XBAR}₂)/√(v₁ + v₂)"),
                format!(
                    "({} − {})/√({} + {})",
                    rounded(a.mean, 1),
                    rounded(b.mean, 1),
                    sig(v1),
                    sig(v2)
                ),
                format!("{}/{}", rounded(d, 1), sig(se)),
                sig(st.t),
            ],
        ));
        let nu_line = math_line(&chain(
            "ν",
            &[
                "(v₁ + v₂)²/(v₁²/(n₁ − 1) + v₂²/(n₂ − 1))".into(),
                format!(
                    "{}²/({}²/{} + {}²/{})",
                    sig(v1 + v2),
                    sig(v1),
                    a.n - 1,
                    sig(v2),
                    b.n - 1
                ),
                sig(st.nu),
            ],
        ));
        let first_hint = format!(
            "v₁ = s₁²/n₁ = {} and v₂ = s₂²/n₂ = {}: each sample mean's variance, not pooled.",
            sig(v1),
            sig(v2)
        );
        let (answer, mistakes, last_hint) = match level {
            1 => {
                let answer = AnswerSpec::scalar(tidy(Scalar::Real(st.t)));
                let mut ms = Mistakes::new(&answer.expected);
                ms.require("pooled", Scalar::Real(st.t_pooled), format!("{POOLED}."))?;
                ms.optional(
                    "swapped_n",
                    Scalar::Real(d / (a.s * a.s / n2 + b.s * b.s / n1).sqrt()),
                    "Each variance goes with its own sample size: s₁²/n₁ + s₂²/n₂.",
                );
                ms.optional(
                    "sd_not_variance",
                    Scalar::Real(d / (a.s / n1 + b.s / n2).sqrt()),
                    "That uses the standard deviations s₁ and s₂ where their squares, the \
                     variances, belong: √(s₁²/n₁ + s₂²/n₂).",
                );
                ms.optional(
                    "no_root",
                    Scalar::Real(d / (v1 + v2)),
                    "That divides by s₁²/n₁ + s₂²/n₂, a variance. The standard error is its \
                     square root.",
                );
                prompt.push(Line::text(
                    "Compute Welch's t statistic (exactly or to 4 significant figures).",
                ));
                solution.push(Line::text("The standard error of the difference, then t:"));
                solution.push(t_line);
                let hint = format!(
                    "SE = √(v₁ + v₂) = {}: t = ({} − {})/{}.",
                    sig(se),
                    rounded(a.mean, 1),
                    rounded(b.mean, 1),
                    sig(se)
                );
                (answer, ms, hint)
            }
            2 => {
                let answer = AnswerSpec::scalar(Scalar::Real(st.nu));
                let mut ms = Mistakes::new(&answer.expected);
                ms.require(
                    "pooled_df",
                    Scalar::Real(st.df_pooled),
                    "That is n₁ + n₂ − 2, the degrees of freedom of the pooled test (scipy's \
                     ttest_ind default). Welch's test uses the Welch–Satterthwaite formula.",
                )?;
                ms.require(
                    "n_not_n_minus_1",
                    Scalar::Real((v1 + v2).powi(2) / (v1 * v1 / n1 + v2 * v2 / n2)),
                    "That divides v₁² and v₂² by n₁ and n₂. The Welch–Satterthwaite formula \
                     divides them by n₁ − 1 and n₂ − 1.",
                )?;
                ms.optional(
                    "conservative_df",
                    Scalar::Real(n1.min(n2) - 1.0),
                    "That is min(n₁, n₂) − 1, the conservative textbook shortcut. The question \
                     asks for the Welch–Satterthwaite value, which lies between it and n₁ + n₂ \
                     − 2.",
                );
                prompt.push(
                    Line::text("Compute the Welch–Satterthwaite degrees of freedom ")
                        .m("ν")
                        .t(" to 4 significant figures."),
                );
                solution.push(Line::text("The Welch–Satterthwaite degrees of freedom:"));
                solution.push(nu_line);
                let hint = format!(
                    "ν = (v₁ + v₂)²/(v₁²/(n₁ − 1) + v₂²/(n₂ − 1)) = {}²/({}²/{} + {}²/{}).",
                    sig(v1 + v2),
                    sig(v1),
                    a.n - 1,
                    sig(v2),
                    b.n - 1
                );
                (answer, ms, hint)
            }
            _ => {
                if !(0.01..=0.6).contains(&pv) {
                    return Err(GenError::Redraw("a p-value out of range"));
                }
                let answer = AnswerSpec::scalar(Scalar::Real(pv));
                let mut ms = Mistakes::new(&answer.expected);
                ms.require(
                    "pooled",
                    Scalar::Real(t_two_sided(st.t_pooled, st.df_pooled)),
                    format!("{POOLED}, with ν from the Welch–Satterthwaite formula."),
                )?;
                ms.require(
                    "one_sided",
                    Scalar::Real(pv / 2.0),
                    "That is the one-sided p-value, one tail only. The test asks whether the \
                     means differ, in either direction: p = 2·P(T ≥ |t|).",
                )?;
                ms.optional(
                    "z_instead_of_t",
                    Scalar::Real(z_two_sided(st.t)),
                    "That p-value comes from the normal distribution. The statistic has the t \
                     distribution with ν degrees of freedom: use tcdf.",
                );
                prompt.push(
                    Line::text("Find the two-sided p-value for ")
                        .m("H₀: μ₁ = μ₂")
                        .t(" with tcdf in the calculator (the t distribution with the \
                            Welch–Satterthwaite ")
                        .m("ν")
                        .t(" degrees of freedom), to 4 significant figures."),
                );
                solution.push(Line::text("The statistic and its degrees of freedom:"));
                solution.push(t_line);
                solution.push(nu_line);
                solution.push(Line::text("Both tails count:"));
                solution.push(math_line(&format!(
                    "p = 2·(1 − tcdf({}, {})) = 2·(1 − {}) = {}",
                    sig(st.t.abs()),
                    sig(st.nu),
                    sig(t_cdf(st.t.abs(), st.nu)),
                    sig(pv)
                )));
                let hint = format!(
                    "t = {} and ν = {}: p = 2·(1 − tcdf({}, {})).",
                    sig(st.t),
                    sig(st.nu),
                    sig(st.t.abs()),
                    sig(st.nu)
                );
                (answer, ms, hint)
            }
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
    use crate::exercises::common::testing::{Seen, answer_numbers, close, given};
    use statrs::distribution::{ContinuousCDF, StudentsT};

    #[test]
    fn welch_statistics_match_a_direct_computation_and_statrs() {
        let mut mistakes_seen = Seen::default();
        soundness(&WelchTest, &[1, 2, 3], |level, d, ctx| {
            mistakes_seen.note(d);
            let (n1, n2) = (given(d, "n₁"), given(d, "n₂"));
            let (m1, m2) = (given(d, &format!("{XBAR}₁")), given(d, &format!("{XBAR}₂")));
            let (s1, s2) = (given(d, "s₁"), given(d, "s₂"));
            // Direct formulas, written out again.
            let se2 = s1.powi(2) / n1 + s2.powi(2) / n2;
            let t = (m1 - m2) / se2.sqrt();
            let nu = se2.powi(2)
                / ((s1.powi(2) / n1).powi(2) / (n1 - 1.0) + (s2.powi(2) / n2).powi(2) / (n2 - 1.0));
            let got = answer_numbers(d)[0];
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            assert_ne!(n1, n2, "{ctx}");
            match level {
                1 => {
                    assert!(close(got, t, 1e-9), "{ctx}");
                    // The standard error is c/q from a triple: a short decimal.
                    let se = se2.sqrt() * 10.0;
                    assert!((se - se.round()).abs() < 1e-9, "{ctx}: SE {se}/10");
                    assert!(n1.sqrt().fract() == 0.0 && n2.sqrt().fract() == 0.0);
                    assert!(names.contains(&"pooled"), "{ctx}");
                }
                2 => {
                    assert!(close(got, nu, 1e-12), "{ctx}");
                    assert!(
                        nu >= n1.min(n2) - 1.0 - 1e-9 && nu <= n1 + n2 - 2.0,
                        "{ctx}"
                    );
                    assert!(names.contains(&"pooled_df"), "{ctx}");
                }
                _ => {
                    let p = 2.0 * StudentsT::new(0.0, 1.0, nu).unwrap().sf(t.abs());
                    assert!(close(got, p, 1e-9), "{ctx}: {got} vs {p}");
                    assert!(names.contains(&"pooled") && names.contains(&"one_sided"));
                }
            }
            let last = d.hints.last().unwrap();
            let step = ["t = (", "ν = (v₁ + v₂)²", "p = 2·(1 − tcdf("][level as usize - 1];
            assert!(last.contains(step), "{ctx}: {last}");
        });
        mistakes_seen.assert_exactly(&[
            "pooled",
            "swapped_n",
            "sd_not_variance",
            "no_root",
            "pooled_df",
            "n_not_n_minus_1",
            "conservative_df",
            "one_sided",
            "z_instead_of_t",
        ]);
    }
}
