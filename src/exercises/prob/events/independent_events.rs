//! `prob.independent_events`: probabilities of independent events. Level 1: `P(A and B) =
//! P(A)·P(B)` (tenths). Level 2: `P(A or B) = P(A) + P(B) − P(A)·P(B)` (multiples of 0.05).
//! Level 3: at least one of n independent events, `1 − Π(1 − pᵢ)`: either n = 3–6 parts with the
//! same failure probability, or three with different ones (tenths).
//!
//! Named mistakes: mutually exclusive taken for independent (0 for `P(A and B)`, the plain sum
//! for `P(A or B)`), adding where the rule multiplies, the intersection for the union; at level 3
//! the sum of the pᵢ, the chance that all happen, and the chance that none does.

use super::writing::{
    Decimal, answer_value, decimal_answer, decimal_chain, decimal_line, p, p_product, result_line,
    written_decimal,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::Mistakes;
use crate::exercises::common::superscript;
use crate::math::Scalar;

pub struct IndependentEvents;

#[derive(Clone, Debug)]
pub struct Params {
    /// The events' probabilities (level 3: one per part).
    pub probs: Vec<Scalar>,
    /// Level 3 with one probability shared by every part.
    pub equal: bool,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (probs, equal) = match level {
        1 => (
            (0..2).map(|_| Scalar::frac(rng.int(1, 9), 10)).collect(),
            false,
        ),
        2 => (
            (0..2).map(|_| Scalar::frac(rng.int(1, 19), 20)).collect(),
            false,
        ),
        3 if rng.chance(1, 2) => {
            let n = rng.int(3, 6) as usize;
            let q = Scalar::frac(*rng.pick(&[1, 2, 4, 5, 6]), 20);
            (vec![q; n], true)
        }
        3 => (
            (0..3).map(|_| Scalar::frac(rng.int(1, 5), 10)).collect(),
            false,
        ),
        l => return Err(GenError::Level(l)),
    };
    Ok(Params { probs, equal })
}

fn prod(xs: &[Scalar]) -> Scalar {
    xs.iter().fold(Scalar::ONE, |s, &x| s * x)
}
fn sum(xs: &[Scalar]) -> Scalar {
    xs.iter().fold(Scalar::ZERO, |s, &x| s + x)
}

pub fn build(level: u8, q: &Params) -> Result<Draft, GenError> {
    let ps = &q.probs;
    let (prompt, value, solution, hints, mistakes) = match level {
        1 | 2 => two_events(level, ps[0], ps[1])?,
        _ => at_least_one(ps, q.equal)?,
    };
    Ok(Draft {
        prompt,
        answer: decimal_answer(value),
        solution,
        hints,
        mistakes,
    })
}

type Parts = (
    Vec<Line>,
    Scalar,
    Vec<Line>,
    Vec<String>,
    Vec<crate::engine::Mistake>,
);

fn two_events(level: u8, pa: Scalar, pb: Scalar) -> Result<Parts, GenError> {
    let both = pa * pb;
    let union = pa + pb - both;
    let (asked, value) = if level == 1 {
        ("P(A and B)", both)
    } else {
        ("P(A or B)", union)
    };
    let expected = AnswerSpec::scalar(answer_value(value)).expected;
    let mut mistakes = Mistakes::new(&expected);
    if level == 1 {
        mistakes.require(
            "mutually_exclusive",
            Scalar::ZERO,
            "0 would mean A and B are mutually exclusive: they could never happen together. \
             Independent events can: one happening does not change the chance of the other, so \
             P(A and B) = P(A)·P(B).",
        )?;
        mistakes.require(
            "added",
            pa + pb,
            "That adds the probabilities. Both happening is less likely than either alone: for \
             independent events multiply, P(A and B) = P(A)·P(B).",
        )?;
    } else {
        mistakes.require(
            "mutually_exclusive",
            pa + pb,
            "P(A) + P(B) is the rule for mutually exclusive events. Independent events can \
             happen together, and that overlap is counted twice: subtract P(A and B) = \
             P(A)·P(B).",
        )?;
        mistakes.require(
            "intersection",
            both,
            "That is P(A and B), both happening. P(A or B) asks for at least one of them: \
             P(A) + P(B) − P(A and B).",
        )?;
        mistakes.optional(
            "complement_of_both",
            Scalar::ONE - both,
            "That is 1 − P(A and B), the chance that not both happen. At least one happening is \
             1 − P(neither) = 1 − (1 − P(A))·(1 − P(B)).",
        );
    }
    let prompt = vec![
        Line::text("The events ")
            .m("A")
            .t(" and ")
            .m("B")
            .t(" are independent, with ")
            .m(format!("P(A) = {}", p(pa)))
            .t(" and ")
            .m(format!("P(B) = {}", p(pb)))
            .t("."),
        Line::text("Find ").m(asked).t(if level == 1 {
            ", the probability that both happen."
        } else {
            ", the probability that at least one of them happens."
        }),
    ];
    let mut solution = vec![
        Line::text("Independent: ")
            .m("P(A and B) = P(A)·P(B)")
            .t("."),
    ];
    let hints = if level == 1 {
        solution.push(result_line(asked, &[p_product(&[pa, pb])], both));
        vec![
            "Independent events multiply: P(A and B) = P(A)·P(B).".to_string(),
            format!("Multiply {} by {}.", p(pa), p(pb)),
        ]
    } else {
        solution.push(result_line("P(A and B)", &[p_product(&[pa, pb])], both));
        solution.push(
            Line::text("The overlap is counted in both ")
                .m("P(A)")
                .t(" and ")
                .m("P(B)")
                .t(", so subtract it once:"),
        );
        solution.push(result_line(
            asked,
            &[
                "P(A) + P(B) − P(A and B)".to_string(),
                format!("{} + {} − {}", p(pa), p(pb), p(both)),
            ],
            union,
        ));
        vec![
            "Inclusion–exclusion: P(A or B) = P(A) + P(B) − P(A and B), and for independent \
             events P(A and B) = P(A)·P(B)."
                .to_string(),
            format!(
                "P(A and B) = {}: subtract it from {} + {}.",
                p(both),
                p(pa),
                p(pb)
            ),
        ]
    };
    Ok((prompt, value, solution, hints, mistakes.finish()?))
}

fn at_least_one(ps: &[Scalar], equal: bool) -> Result<Parts, GenError> {
    let n = ps.len();
    let miss: Vec<Scalar> = ps.iter().map(|&x| Scalar::ONE - x).collect();
    let none = prod(&miss);
    let value = Scalar::ONE - none;
    let expected = decimal_answer(value).expected;
    let mut mistakes = Mistakes::new(&expected);
    mistakes.require(
        "added",
        sum(ps),
        "Adding the probabilities counts the cases where several parts fail more than once \
         (with enough parts the sum even passes 1). Go through the complement: 1 − P(none fails).",
    )?;
    mistakes.require(
        "all_of_them",
        prod(ps),
        "That is the chance that every part fails. At least one failing is the complement of \
         none failing: 1 − P(none fails).",
    )?;
    mistakes.optional(
        "none_of_them",
        none,
        "That is P(none fails), the chance that no part fails. The question asks for the \
         complement: at least one fails.",
    );
    let mut prompt = vec![if equal {
        Line::text(format!(
            "A system has {n} parts. Each fails during a year with probability {}, \
             independently of the others.",
            p(ps[0])
        ))
    } else {
        let list: Vec<String> = ps.iter().map(|&x| p(x)).collect();
        Line::text(format!(
            "A system has {n} parts, which fail during a year independently, with \
             probabilities {} and {}.",
            list[..n - 1].join(", "),
            list[n - 1]
        ))
    }];
    // The events get names, so that the rules the hints state (P(A and B) = P(A)·P(B)) speak
    // of something the prompt defined.
    let names = event_names(n);
    let numbers: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    prompt.push(Line::text("Call ").m(list_text(&names)).t(format!(
        " the events that parts {} fail.",
        list_text(&numbers)
    )));
    prompt.push(Line::text(
        "What is the probability that at least one part fails during the year? Give an exact \
         decimal or 4 significant figures.",
    ));
    let (factors, powered) = if equal {
        (
            format!("(1 − {}){}", p(ps[0]), superscript(n as u32)),
            format!("{}{}", p(miss[0]), superscript(n as u32)),
        )
    } else {
        let f: Vec<String> = ps.iter().map(|&x| format!("(1 − {})", p(x))).collect();
        (f.concat(), p_product(&miss))
    };
    // A power like 0.95⁶ has 12 decimal places: written to 6 significant figures then.
    let mut steps = vec![
        "1 − P(none)".to_string(),
        format!("1 − {factors}"),
        format!("1 − {powered}"),
    ];
    if let Decimal::Exact(text) = written_decimal(none) {
        steps.push(format!("1 − {text}"));
    }
    let solution = vec![
        Line::text(
            "At least one fails is the complement of none failing, and by independence the \
             chances that each part survives multiply:",
        ),
        decimal_line("P(at least one)", &steps, value),
    ];
    let survive: Vec<String> = names
        .iter()
        .zip(ps)
        .map(|(e, &x)| format!("P(not {e}) = 1 − {}", p(x)))
        .collect();
    let survive = if equal {
        format!("{} and so on", survive[0])
    } else {
        survive.join(", ")
    };
    let hints = vec![
        format!(
            "P(at least one) = 1 − P(none), and by independence P(none) is the product of the \
             chances that each part survives: {survive}."
        ),
        format!(
            "{}: take it from 1.",
            decimal_chain("P(none)", std::slice::from_ref(&powered), none)
        ),
    ];
    Ok((prompt, value, solution, hints, mistakes.finish()?))
}

/// The names of n events: `A`, `B`, `C`, … (n ≤ 26).
fn event_names(n: usize) -> Vec<String> {
    (b'A'..=b'Z')
        .take(n)
        .map(|c| char::from(c).to_string())
        .collect()
}

/// `A, B and C`; `A, B, …, F` for more than four items.
fn list_text(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        _ if names.len() > 4 => {
            format!("{}, {}, …, {}", names[0], names[1], names[names.len() - 1])
        }
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

impl Exercise for IndependentEvents {
    fn id(&self) -> &'static str {
        "prob.independent_events"
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
    fn probabilities_match_f64_formulas() {
        let mut seen = Seen::default();
        let mut equal = 0;
        soundness_with(
            &IndependentEvents,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                let ps: Vec<f64> = q.probs.iter().map(Scalar::to_f64).collect();
                assert!(ps.iter().all(|&x| x > 0.0 && x < 1.0), "{ctx}");
                // Independent formulas: the union by the complement, at least one by inclusion–
                // exclusion over all subsets.
                let want = match level {
                    1 => ps[0] * ps[1],
                    2 => 1.0 - (1.0 - ps[0]) * (1.0 - ps[1]),
                    _ => {
                        let n = ps.len();
                        (1u32..1 << n)
                            .map(|mask| {
                                let k = mask.count_ones();
                                let term: f64 = (0..n)
                                    .filter(|i| mask & (1 << i) != 0)
                                    .map(|i| ps[i])
                                    .product();
                                if k % 2 == 1 { term } else { -term }
                            })
                            .sum()
                    }
                };
                assert_close(answer_f64(d), want, ctx);
                assert_eq!(ps.len() >= 3, level == 3, "{ctx}");
                let last = last_hint(d);
                // Every symbol the hints use is defined: the catalog's hints name A and B, so the
                // prompt names the events at every level.
                let prompt = format!("{:?}", d.prompt);
                assert!(
                    prompt.contains("Math(\"A\")") || prompt.contains("Math(\"A, B"),
                    "{ctx}: {prompt}"
                );
                assert!(
                    last.starts_with(["Multiply", "P(A and B) =", "P(none) ="][level as usize - 1]),
                    "{ctx}: {last}"
                );
                equal += usize::from(q.equal);
                // Decimals, never a fraction like 16954119/64000000 (0.95⁶ at seed 9026).
                let canonical = d.answer.canonical_text();
                assert!(!canonical.contains('/'), "{ctx}: {canonical}");
                let text = format!("{:?} {:?}", d.solution, d.hints);
                let long_denominator = text
                    .split('/')
                    .skip(1)
                    .any(|after| after.chars().take_while(char::is_ascii_digit).count() >= 7);
                assert!(!long_denominator, "{ctx}: {text}");
                seen.note(d);
            },
        );
        assert!(equal > 100, "{equal}");
        seen.assert_all(&[
            "mutually_exclusive",
            "added",
            "intersection",
            "complement_of_both",
            "all_of_them",
            "none_of_them",
        ]);
    }
}
