//! `stats.one_vs_two_sided`: the p-value of the test the prompt states (H₁: μ > μ₀, μ < μ₀ or
//! μ ≠ μ₀) from its statistic; the other sidedness and 1 − p are the named mistakes.
//!
//! Levels 1 and 2 are for the z table: z has two decimals, |z| 0.5..2.5 and the answer is the
//! table's (accepted within [`TABLE_TOLERANCE`], which also accepts `normcdf`). At level 1 a
//! one-sided statistic points the way H₁ does; at level 2 it may point the other way (p > 1/2).
//! Level 3: a t statistic (two decimals, |t| 0.3..3.5) with df 4..30, any direction, from tcdf
//! (4 significant figures). Every answer lies in [0.03, 0.97].

use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, chain, math_line, normal_cdf, t_cdf};
use crate::exercises::common::{TABLE_TOLERANCE, table_cdf, table_friendly};
use crate::exercises::common::{fixed, round_to, sig};
use crate::math::Scalar;

pub struct OneVsTwoSided;

/// The alternative hypothesis.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Alternative {
    Greater,
    Less,
    TwoSided,
}

struct Params {
    mu0: i64,
    alt: Alternative,
    /// The statistic, two decimals.
    stat: f64,
    /// Level 3: the t statistic's degrees of freedom.
    df: Option<i64>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let alt = *rng.pick(&[
        Alternative::Greater,
        Alternative::Less,
        Alternative::TwoSided,
    ]);
    let mu0 = rng.int(5, 60) * 5;
    Ok(match level {
        1 | 2 => {
            let size = rng.int(50, 250) as f64 / 100.0;
            let sign = match alt {
                Alternative::Greater if level == 1 => 1.0,
                Alternative::Less if level == 1 => -1.0,
                _ => rng.sign() as f64,
            };
            Params {
                mu0,
                alt,
                stat: sign * size,
                df: None,
            }
        }
        3 => Params {
            mu0,
            alt,
            stat: rng.sign() as f64 * rng.int(30, 350) as f64 / 100.0,
            df: Some(rng.int(4, 30)),
        },
        l => return Err(GenError::Level(l)),
    })
}

impl Params {
    /// The cdf of the statistic's distribution, at `x`: the table's Φ, or tcdf.
    fn cdf(&self, x: f64) -> f64 {
        match self.df {
            Some(df) => t_cdf(x, df as f64),
            None => table_cdf(x),
        }
    }
    /// The p-value under the alternative `alt`.
    fn p_value(&self, alt: Alternative) -> f64 {
        let p = match alt {
            Alternative::Greater => 1.0 - self.cdf(self.stat),
            Alternative::Less => self.cdf(self.stat),
            Alternative::TwoSided => 2.0 * (1.0 - self.cdf(self.stat.abs())),
        };
        if self.df.is_none() { round_to(p, 4) } else { p }
    }
    /// `P(Z ≤ 1.34)` or `tcdf(1.34, 12)`, and its value as printed.
    fn cdf_text(&self, x: f64) -> (String, String) {
        match self.df {
            Some(df) => (
                format!("tcdf({}, {df})", fixed(x, 2)),
                sig(t_cdf(x, df as f64)),
            ),
            None => (format!("P(Z ≤ {})", fixed(x, 2)), fixed(table_cdf(x), 4)),
        }
    }
}

impl Exercise for OneVsTwoSided {
    fn id(&self) -> &'static str {
        "stats.one_vs_two_sided"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        let pv = p.p_value(p.alt);
        if !table_friendly(pv) {
            return Err(GenError::Redraw("a p-value too close to 0 or 1"));
        }
        let tol = match p.df {
            Some(_) => Tolerance::default(),
            None => TABLE_TOLERANCE,
        };
        let eq = Equivalence::Scalar(tol);
        let answer = AnswerSpec::with(Scalar::Real(pv), eq.clone());
        let mut mistakes = Mistakes::under(&answer.expected, &eq);
        let mu0 = p.mu0;
        let (name, letter) = match p.df {
            Some(_) => ("t", "T"),
            None => ("z", "Z"),
        };
        match p.alt {
            Alternative::TwoSided => mistakes.require(
                "one_sided",
                Scalar::Real(p.p_value(if p.stat > 0.0 {
                    Alternative::Greater
                } else {
                    Alternative::Less
                })),
                format!(
                    "That is one tail only. H₁: μ ≠ {mu0} is two-sided: a deviation in either \
                     direction counts, so the p-value is 2·P({letter} ≥ |{name}|)."
                ),
            )?,
            one => mistakes.require(
                "two_sided",
                Scalar::Real(p.p_value(Alternative::TwoSided)),
                format!(
                    "That counts both tails, the p-value of a two-sided test. H₁ here says μ {} \
                     {mu0}, one direction: count only the {} tail.",
                    if one == Alternative::Greater {
                        ">"
                    } else {
                        "<"
                    },
                    if one == Alternative::Greater {
                        "upper"
                    } else {
                        "lower"
                    }
                ),
            )?,
        }
        mistakes.require(
            "one_minus_p",
            Scalar::Real(round_to(1.0 - pv, 12)),
            "That is 1 − p, the probability on the other side. The p-value is the probability, \
             if H₀ holds, of a statistic at least as extreme as the observed one in the \
             direction of H₁; the table and the cdf give the area to the left.",
        )?;
        if let Some(df) = p.df {
            let z = match p.alt {
                Alternative::Greater => 1.0 - normal_cdf(p.stat),
                Alternative::Less => normal_cdf(p.stat),
                Alternative::TwoSided => 2.0 * (1.0 - normal_cdf(p.stat.abs())),
            };
            mistakes.optional(
                "z_instead_of_t",
                Scalar::Real(z),
                format!(
                    "That uses the normal distribution. The statistic has the t distribution \
                     with {df} degrees of freedom: use tcdf."
                ),
            );
        }

        let sym = match p.alt {
            Alternative::Greater => ">",
            Alternative::Less => "<",
            Alternative::TwoSided => "≠",
        };
        let stat = fixed(p.stat, 2);
        let mut prompt = vec![match p.df {
            Some(df) => Line::text("A t test of ")
                .m(format!("H₀: μ = {mu0}"))
                .t(" against ")
                .m(format!("H₁: μ {sym} {mu0}"))
                .t(" gives the statistic ")
                .m(format!("t = {stat}"))
                .t(" with ")
                .m(format!("df = {df}"))
                .t(" degrees of freedom."),
            None => Line::text("A z test of ")
                .m(format!("H₀: μ = {mu0}"))
                .t(" against ")
                .m(format!("H₁: μ {sym} {mu0}"))
                .t(" gives the statistic ")
                .m(format!("z = {stat}"))
                .t("."),
        }];
        prompt.push(Line::text(match p.df {
            Some(_) => {
                "Find the p-value of this test with tcdf in the calculator, to 4 \
                        significant figures."
            }
            None => {
                "Find the p-value of this test with the z table (or normcdf), to 4 \
                     decimal places."
            }
        }));
        let (cdf_at, value_at) = p.cdf_text(p.stat);
        let (cdf_abs, value_abs) = p.cdf_text(p.stat.abs());
        let abs = fixed(p.stat.abs(), 2);
        let (steps, last_hint) = match p.alt {
            Alternative::Greater => (
                format!("p = P({letter} ≥ {stat}) = 1 − {cdf_at} = 1 − {value_at}"),
                format!("p = P({letter} ≥ {stat}) = 1 − {cdf_at}."),
            ),
            Alternative::Less => {
                let steps = chain("p", &[format!("P({letter} ≤ {stat})"), cdf_at.clone()]);
                (steps.clone(), format!("{steps}: read it off."))
            }
            Alternative::TwoSided => (
                format!("p = 2·P({letter} ≥ {abs}) = 2·(1 − {cdf_abs}) = 2·(1 − {value_abs})"),
                format!("p = 2·P({letter} ≥ {abs}) = 2·(1 − {cdf_abs})."),
            ),
        };
        let solution = vec![
            Line::text(format!(
                "The p-value is the probability, if H₀ holds, of a statistic at least as extreme \
                 as the observed one in the direction of H₁. Here that is {}:",
                match p.alt {
                    Alternative::Greater => format!("the upper tail, at or above {stat}"),
                    Alternative::Less => format!("the lower tail, at or below {stat}"),
                    Alternative::TwoSided => format!("both tails, at least {abs} away from 0"),
                }
            )),
            math_line(&format!("{steps} = {}", sig(pv))),
        ];
        let first_hint = match p.alt {
            Alternative::TwoSided => {
                format!("H₁: μ ≠ {mu0} is two-sided: both tails beyond |{name}| = {abs} count.")
            }
            Alternative::Greater => format!(
                "H₁: μ > {mu0} is one-sided: only the upper tail, at or above {name} = {stat}, \
                 counts."
            ),
            Alternative::Less => format!(
                "H₁: μ < {mu0} is one-sided: only the lower tail, at or below {name} = {stat}, \
                 counts."
            ),
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
    use crate::exercises::common::testing::{Seen, answer_numbers, given, prompt_text};
    use statrs::distribution::{ContinuousCDF, Normal, StudentsT};

    /// The p-value for the alternative `alt` (0: greater, 1: less, 2: two-sided).
    fn tail(alt: usize, stat: f64, cdf: impl Fn(f64) -> f64, sf: impl Fn(f64) -> f64) -> f64 {
        match alt {
            0 => sf(stat),
            1 => cdf(stat),
            _ => 2.0 * sf(stat.abs()),
        }
    }

    #[test]
    fn p_values_match_statrs_for_each_alternative() {
        let mut seen = std::collections::BTreeSet::new();
        let mut mistakes_seen = Seen::default();
        soundness(&OneVsTwoSided, &[1, 2, 3], |level, d, ctx| {
            mistakes_seen.note(d);
            let text = prompt_text(d);
            let alt = ["μ >", "μ <", "μ ≠"]
                .into_iter()
                .position(|a| text.contains(&format!("H₁: {a}")))
                .unwrap();
            // The p-value from the statistic's distribution (statrs).
            let (stat, exact) = if level == 3 {
                let dist = StudentsT::new(0.0, 1.0, given(d, "df")).unwrap();
                let t = given(d, "t");
                (t, tail(alt, t, |x| dist.cdf(x), |x| dist.sf(x)))
            } else {
                let dist = Normal::standard();
                let z = given(d, "z");
                (z, tail(alt, z, |x| dist.cdf(x), |x| dist.sf(x)))
            };
            let got = answer_numbers(d)[0];
            let tol = if level == 3 { 1e-9 } else { 1e-4 + 1e-12 };
            assert!((got - exact).abs() <= tol, "{ctx}: {got} vs {exact}");
            assert!((0.03..=0.97).contains(&got), "{ctx}");
            assert!(
                ((stat * 100.0).round() - stat * 100.0).abs() < 1e-9,
                "{ctx}"
            );
            if level == 1 && alt < 2 {
                assert!(exact < 0.5, "{ctx}: the statistic points the way of H₁");
            }
            let other = if alt == 2 { "one_sided" } else { "two_sided" };
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(
                names.contains(&other) && names.contains(&"one_minus_p"),
                "{ctx}"
            );
            assert!(d.hints.last().unwrap().starts_with("p = "), "{ctx}");
            seen.insert((level, alt, exact > 0.5));
        });
        mistakes_seen.assert_exactly(&["one_sided", "two_sided", "one_minus_p", "z_instead_of_t"]);
        // Every alternative at every level, and statistics against H₁ from level 2 on.
        for level in 1..=3 {
            for alt in 0..3 {
                assert!(seen.iter().any(|&(l, a, _)| l == level && a == alt));
            }
        }
        assert!(seen.contains(&(2, 0, true)) && seen.contains(&(3, 1, true)));
    }
}
