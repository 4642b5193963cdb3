//! `stats.t_interval`: the t confidence interval m ± t*·s/√n for a population mean, σ unknown.
//!
//! t* = tinv((1 + level)/2, n − 1) from the calculator; s divides by n − 1 (stated in the prompt,
//! with numpy's ddof=0 as the named mistake where the learner computes s). Endpoints are checked
//! to 4 significant figures each.
//! Level 1: 95%, n = k² (9, 16, 25), an integer mean and s = k·SE with SE an integer 1..5.
//! Level 2: 90%, 95% or 99%, n 6..30, mean and s with one decimal.
//! Level 3: 95% from a small data set (5–8 integers with an integer mean): the learner computes
//! the mean and s first.

use super::common::{Confidence, XBAR, interval, sample_summary, t_star};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, chain};
use crate::exercises::common::{data_list, rounded, scalars, sig};

pub struct TInterval;

struct Params {
    n: i64,
    mean: f64,
    s: f64,
    conf: Confidence,
    /// Level 3: the data, from which the mean and s are computed.
    data: Option<Vec<i64>>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    Ok(match level {
        1 => {
            let k = rng.int(3, 5);
            Params {
                n: k * k,
                mean: rng.int(20, 120) as f64,
                s: (k * rng.int(1, 5)) as f64,
                conf: Confidence::C95,
                data: None,
            }
        }
        2 => Params {
            n: rng.int(6, 30),
            mean: rng.int(100, 2000) as f64 / 10.0,
            s: rng.int(20, 200) as f64 / 10.0,
            conf: *rng.pick(&Confidence::ALL),
            data: None,
        },
        3 => {
            let n = rng.int(5, 8);
            let lo = rng.int(5, 60);
            let mut data: Vec<i64> = (0..n).map(|_| rng.int(lo, lo + 20)).collect();
            let sum: i64 = data.iter().sum();
            data[0] -= sum.rem_euclid(n);
            if data.iter().all(|&x| x == data[0]) {
                return Err(GenError::Redraw("no spread"));
            }
            let summary = sample_summary(&data);
            Params {
                n,
                mean: summary.mean,
                s: summary.s,
                conf: Confidence::C95,
                data: Some(data),
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

impl Exercise for TInterval {
    fn id(&self) -> &'static str {
        "stats.t_interval"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        let nf = p.n as f64;
        let df = nf - 1.0;
        let se = p.s / nf.sqrt();
        let (t, t_text) = t_star(p.conf, df);
        let margin = t * se;
        let eq = Equivalence::Interval(Tolerance::default());
        let answer = AnswerSpec::with(interval(p.mean, margin, false), eq.clone());
        let mut mistakes = Mistakes::under(&answer.expected, &eq);
        let z = p.conf.z_star();
        mistakes.require(
            "z_instead_of_t",
            interval(p.mean, z * se, false),
            format!(
                "That uses the normal critical value {}. With σ unknown and estimated by s, the \
                 critical value comes from the t distribution with n − 1 degrees of freedom, \
                 which is wider at small n.",
                rounded(z, 3)
            ),
        )?;
        mistakes.require(
            "s_over_n",
            interval(p.mean, t * p.s / nf, false),
            "That divides s by n. The standard error of the mean is s/√n.",
        )?;
        if let Some(data) = &p.data {
            let ss = sample_summary(data).ss;
            mistakes.require(
                "population_sd",
                interval(p.mean, t * (ss / nf).sqrt() / nf.sqrt(), false),
                "That uses the standard deviation that divides by n (numpy's np.std default, \
                 ddof=0). The sample standard deviation s divides by n − 1 (ddof=1, as pandas \
                 does).",
            )?;
        }
        mistakes.optional(
            "df_n",
            interval(p.mean, t_star(p.conf, nf).0 * se, false),
            "That takes the t critical value with n degrees of freedom. The t interval for a \
             mean has n − 1.",
        );

        let pct = p.conf.percent();
        let mut prompt = Vec::new();
        let mut solution = Vec::new();
        match &p.data {
            Some(data) => {
                prompt.push(Line::text(format!(
                    "A random sample from a normal population: {}.",
                    data_list(&scalars(data))
                )));
                prompt.push(
                    Line::text(format!("Find the {pct}% confidence interval for its mean "))
                        .m("μ")
                        .t(". The sample standard deviation ")
                        .m("s")
                        .t(" divides by ")
                        .m("n − 1")
                        .t(" (pandas' default; numpy's np.std needs ddof=1)."),
                );
                solution.extend(sample_summary(data).lines);
            }
            None => {
                prompt.push(
                    Line::text("A random sample of ")
                        .m(format!("n = {}", p.n))
                        .t(" values from a normal population has mean ")
                        .m(format!("{XBAR} = {}", rounded(p.mean, 1)))
                        .t(" and sample standard deviation ")
                        .m(format!("s = {}", rounded(p.s, 1)))
                        .t("."),
                );
                prompt.push(
                    Line::text(format!("Find the {pct}% confidence interval for the mean "))
                        .m("μ")
                        .t(" of the population."),
                );
            }
        }
        prompt.push(Line::text(
            "σ is unknown: use the t distribution, its critical value from tinv in the \
             calculator. Give the interval as (low, high), each to 4 significant figures.",
        ));
        let s_text = match p.data {
            Some(_) => sig(p.s),
            None => rounded(p.s, 1),
        };
        let mean_text = rounded(p.mean, 1);
        solution.push(Line::math(chain(
            "SE",
            &["s/√n".into(), format!("{s_text}/√{}", p.n), sig(se)],
        )));
        solution.push(
            Line::text("The critical value with ")
                .m(format!("df = n − 1 = {}", p.n - 1))
                .t(format!(
                    " leaves {}% in each tail: ",
                    (100 - pct) as f64 / 2.0
                ))
                .m(format!("t* = {t_text} = {}", sig(t))),
        );
        solution.push(Line::math(format!(
            "t*·SE = {}·{} = {}",
            sig(t),
            sig(se),
            sig(margin)
        )));
        solution.push(
            Line::math(format!("{XBAR} ± t*·SE = {mean_text} ± {} = ", sig(margin)))
                .v(answer.expected.clone()),
        );
        let hints = vec![
            format!(
                "SE = s/√n = {s_text}/√{}, and the t distribution has n − 1 = {} degrees of \
                 freedom.",
                p.n,
                p.n - 1
            ),
            format!(
                "t* = {t_text} = {}: the interval is {mean_text} ± {}·{}.",
                sig(t),
                sig(t),
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
    use crate::exercises::common::testing::{
        Seen, answer_numbers, close, given, listed, prompt_text,
    };
    use statrs::distribution::{ContinuousCDF, StudentsT};

    #[test]
    fn intervals_match_statrs_and_data_are_nice() {
        let mut levels_seen = std::collections::BTreeSet::new();
        let mut mistakes_seen = Seen::default();
        soundness(&TInterval, &[1, 2, 3], |level, d, ctx| {
            mistakes_seen.note(d);
            let text = prompt_text(d);
            let (n, mean, s) = if level == 3 {
                let xs = listed(d, "population: ");
                let n = xs.len() as f64;
                let mean = xs.iter().sum::<f64>() / n;
                let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
                assert!((5.0..=8.0).contains(&n) && mean.fract() == 0.0, "{ctx}");
                assert!(
                    d.mistakes.iter().any(|m| m.name == "population_sd"),
                    "{ctx}"
                );
                (n, mean, var.sqrt())
            } else {
                (given(d, "n"), given(d, XBAR), given(d, "s"))
            };
            let pct = [90.0, 95.0, 99.0]
                .into_iter()
                .find(|p| text.contains(&format!("{p}%")))
                .unwrap();
            if level != 2 {
                assert_eq!(pct, 95.0, "{ctx}");
            }
            levels_seen.insert(pct as i64);
            let t = StudentsT::new(0.0, 1.0, n - 1.0)
                .unwrap()
                .inverse_cdf(0.5 + pct / 200.0);
            let half = t * s / n.sqrt();
            let got = answer_numbers(d);
            assert!(close(got[0], mean - half, 1e-9), "{ctx}: {got:?}");
            assert!(close(got[1], mean + half, 1e-9), "{ctx}: {got:?}");
            if level == 1 {
                assert_eq!(n.sqrt().fract(), 0.0, "{ctx}");
                assert_eq!((s / n.sqrt()).fract(), 0.0, "{ctx}");
            }
            assert!(
                d.mistakes.iter().any(|m| m.name == "z_instead_of_t"),
                "{ctx}"
            );
            let last = d.hints.last().unwrap();
            assert!(
                last.contains("tinv(") && last.contains("the interval is"),
                "{ctx}"
            );
        });
        mistakes_seen.assert_exactly(&["z_instead_of_t", "s_over_n", "population_sd", "df_n"]);
        assert_eq!(levels_seen.len(), 3);
    }
}
