//! The base rate: of the people a good test flags, how many have the condition?
//!
//! A test with sensitivity P(+ | ill) = 90% and specificity P(− | healthy) = 95% is applied to
//! simulated populations with prevalences from 0.1% to 50%. The share of positives that are ill
//! (the positive predictive value P(ill | +)) is counted and compared with Bayes' rule,
//! P(ill | +) = sens·prev / (sens·prev + (1 − spec)(1 − prev)). At a low prevalence most
//! positives are false: the healthy are so many that 5% of them outnumber the ill.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape, curve};
use super::reference::positive_predictive_value;
use super::{Claim, DemoError, Options, Report};
use crate::math::sim::sim_rng;
use rand::RngExt;
use std::fmt::Write;

pub const SENSITIVITY: f64 = 0.90;
pub const SPECIFICITY: f64 = 0.95;
pub const PREVALENCES: [f64; 7] = [0.001, 0.005, 0.01, 0.05, 0.1, 0.2, 0.5];

/// The counts of one simulated population.
#[derive(Debug, Clone, PartialEq)]
pub struct Counts {
    pub prevalence: f64,
    pub people: usize,
    pub ill: usize,
    pub true_positives: usize,
    pub false_positives: usize,
}

impl Counts {
    pub fn positives(&self) -> usize {
        self.true_positives + self.false_positives
    }

    /// The simulated P(ill | +): true positives over positives.
    pub fn ppv(&self) -> f64 {
        self.true_positives as f64 / self.positives().max(1) as f64
    }

    /// Bayes' rule for the same prevalence and test.
    pub fn bayes(&self) -> f64 {
        positive_predictive_value(self.prevalence, SENSITIVITY, SPECIFICITY)
    }
}

/// Tests `people` simulated people at each prevalence: each is ill with probability prev, and
/// tests positive with probability sens if ill, 1 − spec if not.
pub fn measure(seed: u64, people: usize) -> Vec<Counts> {
    let mut rng = sim_rng(seed);
    PREVALENCES
        .iter()
        .map(|&prevalence| {
            let mut c = Counts {
                prevalence,
                people,
                ill: 0,
                true_positives: 0,
                false_positives: 0,
            };
            for _ in 0..people {
                let ill = rng.random::<f64>() < prevalence;
                let positive =
                    rng.random::<f64>() < if ill { SENSITIVITY } else { 1.0 - SPECIFICITY };
                c.ill += usize::from(ill);
                c.true_positives += usize::from(ill && positive);
                c.false_positives += usize::from(!ill && positive);
            }
            c
        })
        .collect()
}

/// The claims: the counts agree with Bayes' rule within 5 standard errors of a share of the
/// positives, and show the base-rate effect.
pub fn claims(counts: &[Counts]) -> Vec<Claim> {
    let worst = counts
        .iter()
        .map(|c| {
            let se = (c.bayes() * (1.0 - c.bayes()) / c.positives().max(1) as f64).sqrt();
            (c.ppv() - c.bayes()).abs() / se
        })
        .fold(0.0, f64::max);
    let rising = counts.windows(2).all(|w| w[1].ppv() > w[0].ppv());
    let low = &counts[0];
    vec![
        Claim::new(
            worst < 5.0,
            format!(
                "the simulated P(ill | +) agrees with Bayes' rule at every prevalence (at most \
                 {worst:.1} standard errors off; allowed 5)"
            ),
        ),
        Claim::new(
            low.ppv() < 0.1,
            format!(
                "the base rate wins: at prevalence {}% only {:.1}% of the positives are ill, \
                 although the test is {:.0}% sensitive and {:.0}% specific",
                100.0 * low.prevalence,
                100.0 * low.ppv(),
                100.0 * SENSITIVITY,
                100.0 * SPECIFICITY
            ),
        ),
        Claim::new(
            rising,
            "P(ill | +) rises with the prevalence, for the same test".to_string(),
        ),
    ]
}

fn table(counts: &[Counts], seed: u64) -> String {
    let c1 = 10_000.0;
    let ill = c1 * 0.01;
    let healthy = c1 - ill;
    let (tp, fp) = (ill * SENSITIVITY, healthy * (1.0 - SPECIFICITY));
    let mut t = format!(
        "The base rate: a test with sensitivity {:.0}% and specificity {:.0}% (seed {seed}).\n\
         Of 10000 people at 1% prevalence, {ill:.0} are ill and {tp:.0} of them test positive;\n\
         {fp:.0} of the {healthy:.0} healthy test positive too: P(ill | +) = {tp:.0}/{:.0} = {:.1}%.\n\n\
         {:>8}  {:>8}  {:>6}  {:>9}  {:>6}  {:>6}  {:>9}  {:>9}\n",
        100.0 * SENSITIVITY,
        100.0 * SPECIFICITY,
        tp + fp,
        100.0 * tp / (tp + fp),
        "prev.",
        "people",
        "ill",
        "positives",
        "TP",
        "FP",
        "P(ill|+)",
        "Bayes"
    );
    for c in counts {
        let _ = writeln!(
            t,
            "{:>7.1}%  {:>8}  {:>6}  {:>9}  {:>6}  {:>6}  {:>8.2}%  {:>8.2}%",
            100.0 * c.prevalence,
            c.people,
            c.ill,
            c.positives(),
            c.true_positives,
            c.false_positives,
            100.0 * c.ppv(),
            100.0 * c.bayes()
        );
    }
    t
}

fn figure(counts: &[Counts]) -> Figure {
    let x = Axis::log(0.0007, 0.7);
    let bayes = curve(x, 120, |p| {
        positive_predictive_value(p, SENSITIVITY, SPECIFICITY)
    });
    let simulated = counts.iter().map(|c| (c.prevalence, c.ppv())).collect();
    Figure {
        title: "P(ill | positive) against the prevalence".into(),
        columns: 1,
        panels: vec![Panel {
            title: format!(
                "sensitivity {:.0}%, specificity {:.0}%",
                100.0 * SENSITIVITY,
                100.0 * SPECIFICITY
            ),
            x_label: "prevalence (log scale)".into(),
            y_label: "P(ill | +)".into(),
            x,
            y: Axis::linear(0.0, 1.0),
            legend: Legend::LowerRight,
            series: vec![
                Series::new("Bayes' rule", Shape::Line(bayes)),
                Series::new("simulated", Shape::Points(simulated)),
            ],
        }],
    }
}

/// The demo: simulate, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let people = opts.size.pick(1_000_000, 50_000);
    let counts = measure(opts.seed, people);
    Ok(Report {
        text: table(&counts, opts.seed),
        figure: Some(figure(&counts)),
        figure_height: 14,
        claims: claims(&counts),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_and_fail_when_the_effect_is_missing() {
        let counts = measure(2, 50_000);
        assert!(
            claims(&counts).iter().all(|c| c.holds),
            "{:#?}",
            claims(&counts)
        );
        for c in &counts {
            assert_eq!(c.people, 50_000);
            assert!(c.true_positives <= c.ill && c.false_positives <= c.people - c.ill);
        }
        // A simulation that ignored the base rate (P(ill | +) = sensitivity everywhere).
        let mut bad = counts.clone();
        for c in bad.iter_mut() {
            let p = c.positives();
            c.true_positives = (p as f64 * SENSITIVITY) as usize;
            c.false_positives = p - c.true_positives;
        }
        let verdicts: Vec<bool> = claims(&bad).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts[..2], [false, false]);
        let mut falling = counts;
        falling.reverse();
        assert!(!claims(&falling)[2].holds);
    }

    #[test]
    fn counts_are_the_same_for_the_same_seed() {
        assert_eq!(measure(9, 1_000), measure(9, 1_000));
        assert_ne!(measure(9, 1_000), measure(10, 1_000));
    }
}
