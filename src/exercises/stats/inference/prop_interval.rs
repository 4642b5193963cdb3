//! `stats.prop_interval`: the Wald interval p ± z*·√(p(1 − p)/n) for a proportion, with
//! the sample proportion p = x/n and z* the z table's two-sided critical value (1.645, 1.96,
//! 2.576; the calculator's norminv agrees to 4 significant figures of every endpoint).
//!
//! Levels 1 and 2 are nice: p = k/100 and the standard error a decimal j/1000, so that
//! n = p(1 − p)/SE² is a whole number 25..2500 with x = p·n whole (the pairs are enumerated).
//! Level 1 asks 95%, level 2 90%, 95% or 99%. Level 3: any n 40..1500 and x with p in
//! [0.1, 0.9], at any of the three levels. Both endpoints lie in (0.01, 0.99).

use super::common::{Confidence, PHAT, interval};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, chain};
use crate::exercises::common::{rounded, sig};

pub struct ProportionInterval;

struct Params {
    n: i64,
    x: i64,
    conf: Confidence,
    /// The standard error is a short decimal.
    nice: bool,
}

/// The nice pairs `(n, x)`: p = k/100 (k 10..90) and SE = j/1000 (j 5..80) with
/// n = p(1 − p)/SE² = 100·k(100 − k)/j² a whole number in 25..2500 and x = k·n/100 whole.
fn nice_pairs() -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    for k in 10..=90i64 {
        for j in 5..=80i64 {
            let num = 100 * k * (100 - k);
            if num % (j * j) != 0 {
                continue;
            }
            let n = num / (j * j);
            if (25..=2500).contains(&n) && (k * n) % 100 == 0 {
                out.push((n, k * n / 100));
            }
        }
    }
    out
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    Ok(match level {
        1 | 2 => {
            let (n, x) = *rng.pick(&nice_pairs());
            let conf = if level == 1 {
                Confidence::C95
            } else {
                *rng.pick(&Confidence::ALL)
            };
            Params {
                n,
                x,
                conf,
                nice: true,
            }
        }
        3 => {
            let n = rng.int(40, 1500);
            let x = rng.int((n + 9) / 10, n * 9 / 10);
            Params {
                n,
                x,
                conf: *rng.pick(&Confidence::ALL),
                nice: false,
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

impl Exercise for ProportionInterval {
    fn id(&self) -> &'static str {
        "stats.prop_interval"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        let (n, x) = (p.n as f64, p.x as f64);
        let ph = x / n;
        let var = ph * (1.0 - ph) / n;
        let se = var.sqrt();
        let z = p.conf.z_star();
        let half = z * se;
        if ph - half <= 0.01 || ph + half >= 0.99 {
            return Err(GenError::Redraw("an endpoint near 0 or 1"));
        }
        let eq = Equivalence::Interval(Tolerance::default());
        let answer = AnswerSpec::with(interval(ph, half, p.nice), eq.clone());
        let mut mistakes = Mistakes::under(&answer.expected, &eq);
        mistakes.require(
            "no_root",
            interval(ph, z * var, p.nice),
            format!(
                "That uses {PHAT}(1 − {PHAT})/n, the variance of the sample proportion. The \
                 standard error is its square root, √({PHAT}(1 − {PHAT})/n)."
            ),
        )?;
        mistakes.require(
            "one_sided_z",
            interval(ph, p.conf.z_one_sided() * se, p.nice),
            format!(
                "That critical value {} leaves all of the {}% outside in one tail. A two-sided \
                 interval leaves half of it in each tail: z* has P(Z ≤ z*) = {}.",
                rounded(p.conf.z_one_sided(), 3),
                100 - p.conf.percent(),
                p.conf.upper_text()
            ),
        )?;
        mistakes.optional(
            "n_in_numerator",
            interval(ph, z * (ph * (1.0 - ph) * n).sqrt(), false),
            format!(
                "That multiplies by n inside the root. The standard error divides by n: \
                 √({PHAT}(1 − {PHAT})/n), which shrinks as the sample grows."
            ),
        );

        let pct = p.conf.percent();
        let prompt = vec![
            Line::text("In a random sample of ")
                .m(format!("n = {}", p.n))
                .t(" people, ")
                .m(format!("x = {}", p.x))
                .t(" answered yes."),
            Line::text(format!(
                "Find the {pct}% Wald confidence interval for the proportion of yes in the \
                 population: "
            ))
            .m(format!("{PHAT} ± z*·√({PHAT}(1 − {PHAT})/n)"))
            .t(" with the sample proportion ")
            .m(format!("{PHAT} = x/n"))
            .t("."),
            Line::text(
                "Take z* from the z table (three decimals). Give the interval as (low, high), \
                 each to 4 significant figures.",
            ),
        ];
        let ph_text = if p.nice { rounded(ph, 4) } else { sig(ph) };
        let q_text = if p.nice {
            rounded(1.0 - ph, 4)
        } else {
            sig(1.0 - ph)
        };
        let mut se_steps = vec![
            format!("√({PHAT}(1 − {PHAT})/n)"),
            format!("√({ph_text}·{q_text}/{})", p.n),
        ];
        if p.nice {
            se_steps.push(format!("√{}", rounded(var, 8)));
        }
        se_steps.push(sig(se));
        let solution = vec![
            Line::math(chain(PHAT, &[format!("{}/{}", p.x, p.n), ph_text.clone()])),
            Line::math(chain("SE", &se_steps)),
            Line::text(format!(
                "At {pct}% each tail holds {}%: ",
                (100 - pct) as f64 / 2.0
            ))
            .m(format!("z* = {}", rounded(z, 3)))
            .t(format!(", with P(Z ≤ z*) = {}.", p.conf.upper_text())),
            Line::math(format!(
                "{PHAT} ± z*·SE = {ph_text} ± {}·{} = {ph_text} ± {} = ",
                rounded(z, 3),
                sig(se),
                sig(half)
            ))
            .v(answer.expected.clone()),
        ];
        let hints = vec![
            format!(
                "{PHAT} = x/n = {}/{} = {ph_text}, and SE = √({PHAT}(1 − {PHAT})/n).",
                p.x, p.n
            ),
            format!(
                "SE = √({ph_text}·{q_text}/{}) = {} and z* = {}: the interval is {ph_text} ± \
                 {}·{}.",
                p.n,
                sig(se),
                rounded(z, 3),
                rounded(z, 3),
                sig(se)
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{Seen, answer_numbers, close, given, prompt_text};
    use statrs::distribution::{ContinuousCDF, Normal};

    #[test]
    fn wald_intervals_match_a_direct_computation() {
        let mut confs = std::collections::BTreeSet::new();
        let mut mistakes_seen = Seen::default();
        soundness(&ProportionInterval, &[1, 2, 3], |level, d, ctx| {
            mistakes_seen.note(d);
            let (n, x) = (given(d, "n"), given(d, "x"));
            let text = prompt_text(d);
            let pct = [90.0, 95.0, 99.0]
                .into_iter()
                .find(|p| text.contains(&format!("{p}%")))
                .unwrap();
            if level == 1 {
                assert_eq!(pct, 95.0);
            }
            confs.insert((level, pct as i64));
            // The table's z*, which norminv agrees with to 3 decimals.
            let z = Normal::standard().inverse_cdf(0.5 + pct / 200.0);
            let z = (z * 1000.0).round() / 1000.0;
            let ph = x / n;
            let half = z * (ph * (1.0 - ph) / n).sqrt();
            let got = answer_numbers(d);
            assert!(close(got[0], ph - half, 1e-12) && close(got[1], ph + half, 1e-12));
            assert!(got[0] > 0.01 && got[1] < 0.99, "{ctx}");
            if level < 3 {
                let se = (ph * (1.0 - ph) / n).sqrt() * 1000.0;
                assert!((se - se.round()).abs() < 1e-9, "{ctx}: SE {se}/1000");
                assert!(((ph * 100.0).round() - ph * 100.0).abs() < 1e-9, "{ctx}");
            }
            assert!((0.1..=0.9).contains(&ph), "{ctx}");
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(
                names.contains(&"no_root") && names.contains(&"one_sided_z"),
                "{ctx}"
            );
            assert!(d.hints.last().unwrap().contains("the interval is"), "{ctx}");
        });
        mistakes_seen.assert_exactly(&["no_root", "one_sided_z", "n_in_numerator"]);
        assert_eq!(confs.len(), 7, "{confs:?}");
    }

    #[test]
    fn there_are_enough_nice_pairs() {
        let pairs = nice_pairs();
        assert!(pairs.len() >= 50, "{}", pairs.len());
        assert!(pairs.contains(&(400, 80)));
    }
}
