//! `prob.total_probability`: `P(B) = Σ P(Aᵢ)·P(B|Aᵢ)` over the branches of a tree (the sources
//! an item comes from), and at level 3 then Bayes' rule `P(Aⱼ|B) = P(Aⱼ)·P(B|Aⱼ)/P(B)`.
//!
//! Level 1: two sources, shares in tenths, rates 1–10%. Level 2: three sources, shares in
//! multiples of 5% (each at least 10%), rates in multiples of 0.5% up to 8%. Level 3: as level 2,
//! asking `P(Aⱼ|B)` for one source. Every branch product is a terminating decimal.
//!
//! Named mistakes: the unweighted mean of the rates, the plain sum of the rates; at level 3 the
//! reverse conditional `P(B|Aⱼ)`, the branch `P(Aⱼ)·P(B|Aⱼ)` not divided by `P(B)`, and the prior
//! `P(Aⱼ)`.

use super::writing::{answer_value, p, pct, result_line};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, plural, plural_noun, sub};
use crate::math::Scalar;

pub struct TotalProbability;

/// What the tree is about.
struct Setting {
    /// The whole (`A factory's items are made`), the items and one item, a source (`machine`), and the
    /// event `B` for one item and for many (`is defective`, `are defective`).
    whole: &'static str,
    items: &'static str,
    item: &'static str,
    source: &'static str,
    one: &'static str,
    many: &'static str,
}

const SETTINGS: &[Setting] = &[
    Setting {
        whole: "A factory's items are made",
        items: "items",
        item: "item",
        source: "machine",
        one: "the item is defective",
        many: "are defective",
    },
    Setting {
        whole: "A shop's parcels are delivered",
        items: "parcels",
        item: "parcel",
        source: "courier",
        one: "the parcel arrives late",
        many: "arrive late",
    },
    Setting {
        whole: "A bank's loans are granted",
        items: "loans",
        item: "loan",
        source: "branch",
        one: "the loan defaults",
        many: "default",
    },
];

#[derive(Clone, Debug)]
pub struct Params {
    pub setting: usize,
    /// `P(Aᵢ)` and `P(B|Aᵢ)` per source.
    pub shares: Vec<Scalar>,
    pub rates: Vec<Scalar>,
    /// The source asked about at level 3 (`P(Aⱼ|B)`).
    pub asked: Option<usize>,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let setting = rng.index(SETTINGS.len());
    let (shares, rates) = match level {
        1 => {
            let s = rng.int(1, 9);
            let shares = vec![Scalar::frac(s, 10), Scalar::frac(10 - s, 10)];
            let rates = (0..2).map(|_| Scalar::frac(rng.int(1, 10), 100)).collect();
            (shares, rates)
        }
        2 | 3 => {
            let (s1, s2) = (rng.int(2, 16), rng.int(2, 16));
            let s3 = 20 - s1 - s2;
            if s3 < 2 {
                return Err(GenError::Redraw("shares over 100%"));
            }
            let shares = [s1, s2, s3].map(|s| Scalar::frac(s, 20)).to_vec();
            let rates = (0..3).map(|_| Scalar::frac(rng.int(1, 16), 200)).collect();
            (shares, rates)
        }
        l => return Err(GenError::Level(l)),
    };
    let asked = (level == 3).then(|| rng.index(3));
    Ok(Params {
        setting,
        shares,
        rates,
        asked,
    })
}

fn sum(xs: &[Scalar]) -> Scalar {
    xs.iter().fold(Scalar::ZERO, |s, &x| s + x)
}

pub fn build(_level: u8, q: &Params) -> Result<Draft, GenError> {
    let set = &SETTINGS[q.setting];
    let k = q.shares.len();
    let branches: Vec<Scalar> = q
        .shares
        .iter()
        .zip(&q.rates)
        .map(|(&s, &r)| s * r)
        .collect();
    let total = sum(&branches);
    let value = match q.asked {
        Some(j) => branches[j]
            .checked_div(total)
            .ok_or(GenError::Redraw("P(B) = 0"))?,
        None => total,
    };
    let answer = AnswerSpec::scalar(answer_value(value));
    let a = |i: usize| format!("A{}", sub(i + 1));

    let mut mistakes = Mistakes::new(&answer.expected);
    match q.asked {
        None => {
            mistakes.require(
                "unweighted_mean",
                sum(&q.rates) * Scalar::frac(1, k as i64),
                format!(
                    "That is the plain mean of the rates, as if every {} handled the same share. \
                     Weight each rate P(B|Aᵢ) by its share P(Aᵢ).",
                    set.source
                ),
            )?;
            mistakes.require(
                "sum_of_rates",
                sum(&q.rates),
                "That adds the rates P(B|Aᵢ) unweighted. Each applies only to its share: \
                 multiply by P(Aᵢ) before adding.",
            )?;
        }
        Some(j) => {
            let aj = a(j);
            mistakes.require(
                "reversed_conditional",
                q.rates[j],
                format!(
                    "That is P(B|{aj}), the rate of {} {}: the reverse conditional. P({aj}|B) \
                     asks which share of all such {} comes from {}.",
                    set.source,
                    j + 1,
                    set.items,
                    set.source
                ),
            )?;
            mistakes.require(
                "not_divided_by_p_b",
                branches[j],
                format!(
                    "That is P({aj})·P(B|{aj}), the chance of {aj} and B together. Divide it by \
                     P(B), from the law of total probability."
                ),
            )?;
            mistakes.optional(
                "prior",
                q.shares[j],
                format!(
                    "That is P({aj}), the share before anything is known about B. Knowing B \
                     changes it: use Bayes' rule."
                ),
            );
        }
    }

    let shares_text: Vec<String> = (0..k)
        .map(|i| format!("{} {} handles {}", set.source, i + 1, pct(q.shares[i])))
        .collect();
    let rates_text: Vec<String> = (0..k)
        .map(|i| format!("{} from {} {}", pct(q.rates[i]), set.source, i + 1))
        .collect();
    let mut prompt = vec![
        Line::text(format!(
            "{} by {}: {}.",
            set.whole,
            plural(k, set.source),
            shares_text.join(", ")
        )),
        Line::text(format!(
            "Of the {} from each, these shares {}: {}.",
            set.items,
            set.many,
            rates_text.join(", ")
        )),
        Line::text("Let ")
            .m("Aᵢ")
            .t(format!(
                " be the event that the {} comes from {} ",
                set.item, set.source
            ))
            .m("i")
            .t(" and ")
            .m("B")
            .t(format!(" that {}.", set.one)),
    ];
    prompt.push(match q.asked {
        None => Line::text("Find ")
            .m("P(B)")
            .t(", as an exact decimal or to 4 significant figures."),
        Some(j) => Line::text(format!("Given that {}, find ", set.one))
            .m(format!("P({}|B)", a(j)))
            .t(format!(
                ", the probability that it came from {} {}, as a fraction or a decimal to 4 \
                 significant figures.",
                set.source,
                j + 1
            )),
    });

    let symbolic: Vec<String> = (0..k).map(|i| format!("P({0})·P(B|{0})", a(i))).collect();
    let products: Vec<String> = (0..k)
        .map(|i| format!("{}·{}", p(q.shares[i]), p(q.rates[i])))
        .collect();
    let values: Vec<String> = branches.iter().map(|&b| p(b)).collect();
    let total_steps = vec![
        symbolic.join(" + "),
        products.join(" + "),
        values.join(" + "),
    ];
    let mut solution = vec![Line::text(format!(
        "Law of total probability: add over the {} the share times the rate there.",
        plural_noun(set.source)
    ))];
    let mut hints = Vec::new();
    match q.asked {
        None => {
            solution.push(result_line("P(B)", &total_steps, total));
            // The catalog's hints state the law; this one puts the problem's numbers in it.
            hints.push(format!(
                "Each {}'s branch is its share times its rate: P(B) = {}.",
                set.source,
                products.join(" + ")
            ));
            hints.push(format!(
                "The branches give {}: add them.",
                values.join(", ")
            ));
        }
        Some(j) => {
            let aj = a(j);
            let mut steps = total_steps.clone();
            steps.push(p(total));
            solution.push(math_line(&chain("P(B)", &steps)));
            solution.push(Line::text("Bayes' rule:"));
            solution.push(result_line(
                &format!("P({aj}|B)"),
                &[
                    format!("P({aj})·P(B|{aj})/P(B)"),
                    format!("{}/{}", products[j], p(total)),
                    format!("{}/{}", p(branches[j]), p(total)),
                ],
                value,
            ));
            hints.push(format!(
                "First P(B) = {}, then Bayes' rule: P({aj}|B) = P({aj})·P(B|{aj})/P(B).",
                products.join(" + ")
            ));
            hints.push(format!(
                "P(B) = {} and P({aj})·P(B|{aj}) = {}: divide.",
                p(total),
                p(branches[j])
            ));
        }
    }
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for TotalProbability {
    fn id(&self) -> &'static str {
        "prob.total_probability"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{
        Seen, answer_f64, assert_close, last_hint, soundness_with,
    };

    #[test]
    fn total_and_posterior_match_an_f64_tree() {
        let mut seen = Seen::default();
        soundness_with(
            &TotalProbability,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                let k = q.shares.len();
                assert_eq!(k, if level == 1 { 2 } else { 3 }, "{ctx}");
                let s: Vec<f64> = q.shares.iter().map(Scalar::to_f64).collect();
                let r: Vec<f64> = q.rates.iter().map(Scalar::to_f64).collect();
                assert!((s.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{ctx}");
                assert!(s.iter().all(|&x| x >= 0.1), "{ctx}");
                assert!(r.iter().all(|&x| x > 0.0 && x <= 0.1), "{ctx}");
                // Independent: the tree's leaves as a joint table in f64.
                let leaves: Vec<f64> = s.iter().zip(&r).map(|(a, b)| a * b).collect();
                let pb: f64 = leaves.iter().sum();
                let want = match q.asked {
                    Some(j) => leaves[j] / pb,
                    None => pb,
                };
                assert_close(answer_f64(d), want, ctx);
                assert_eq!(q.asked.is_some(), level == 3, "{ctx}");
                assert!(last_hint(d).contains(if level == 3 { "divide" } else { "add them" }));
                // The hints rise: the first of the kind's own puts the numbers into the law the
                // catalog's hints state, rather than restating it.
                assert!(!d.hints[0].contains('Σ'), "{ctx}: {}", d.hints[0]);
                assert!(
                    d.hints[0].contains(&p(q.shares[0])),
                    "{ctx}: {}",
                    d.hints[0]
                );
                // Plurals by the rules of English (a bank's branches, never "branchs").
                let source = SETTINGS[q.setting].source;
                let text = format!("{:?}{:?}", d.prompt, d.solution);
                assert!(text.contains(&plural_noun(source)), "{ctx}");
                assert!(!text.contains("branchs") && !text.contains("chs "), "{ctx}");
                seen.note(d);
            },
        );
        seen.assert_all(&[
            "unweighted_mean",
            "sum_of_rates",
            "reversed_conditional",
            "not_divided_by_p_b",
            "prior",
        ]);
    }
}
