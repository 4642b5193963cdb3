//! `prob.binomial_cdf`: P(X ≤ k), P(X < k), P(X ≥ k) or P(X > k) for a binomial X, as a sum of
//! a few terms C(n, j)·pʲ·(1 − p)ⁿ⁻ʲ, or 1 minus the sum over the complement when that is
//! shorter.
//!
//! Level 1: n = 3–4, p ∈ {1/2, 1/3, 2/3, 1/4, 3/4}, events X ≤ k, X < k, X ≥ k. Level 2: n = 4–6,
//! p a fraction with denominator 3–6, all four events. Level 3: n = 5–8, p with two decimals,
//! all four events, 4 significant figures. The event and its complement hold at least two values
//! each, so no answer is a single term or 1 minus one.
//!
//! Named mistakes: the boundary value k counted on the wrong side (< read as ≤ or the other way;
//! for X ≥ k also the complement taken as X ≤ k), the complement's probability, P(X = k) alone.

use super::binomial::{PMF_FORMULA, draw_p, parameters, setting, term_line};
use super::common::binomial_pmf;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::tidy;
use crate::exercises::common::{Mistakes, chain, math_line, num};
use crate::math::Scalar;

pub struct BinomialCdf;

/// Which event about X is asked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Event {
    AtMost,
    Below,
    AtLeast,
    Above,
}

impl Event {
    fn symbol(self) -> &'static str {
        match self {
            Event::AtMost => "≤",
            Event::Below => "<",
            Event::AtLeast => "≥",
            Event::Above => ">",
        }
    }
    /// The values `0..=n` in the event `X ⋈ k`.
    pub fn values(self, n: u32, k: u32) -> Vec<u32> {
        (0..=n)
            .filter(|&j| match self {
                Event::AtMost => j <= k,
                Event::Below => j < k,
                Event::AtLeast => j >= k,
                Event::Above => j > k,
            })
            .collect()
    }
    /// The same event with the boundary value k on the other side (`<` for `≤`).
    fn other_boundary(self) -> Event {
        match self {
            Event::AtMost => Event::Below,
            Event::Below => Event::AtMost,
            Event::AtLeast => Event::Above,
            Event::Above => Event::AtLeast,
        }
    }
    /// The complement's relation: X > k for X ≤ k.
    fn complement(self) -> Event {
        match self {
            Event::AtMost => Event::Above,
            Event::Below => Event::AtLeast,
            Event::AtLeast => Event::Below,
            Event::Above => Event::AtMost,
        }
    }
}

/// One problem: X ~ Binomial(n, p), asked P(X ⋈ k).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub n: u32,
    pub k: u32,
    pub p: Scalar,
    pub event: Event,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (lo, hi) = match level {
        1 => (3, 4),
        2 => (4, 6),
        3 => (5, 8),
        l => return Err(GenError::Level(l)),
    };
    let n = rng.int(lo, hi) as u32;
    let p = draw_p(level, rng);
    let events: &[Event] = if level == 1 {
        &[Event::AtMost, Event::Below, Event::AtLeast]
    } else {
        &[Event::AtMost, Event::Below, Event::AtLeast, Event::Above]
    };
    let event = *rng.pick(events);
    let k = rng.int(0, n as i64) as u32;
    let size = event.values(n, k).len();
    if size < 2 || size + 2 > n as usize + 1 {
        return Err(GenError::Redraw(
            "an event or its complement with one value",
        ));
    }
    Ok(Params { n, k, p, event })
}

/// The values as a learner lists them: `0, 1 or 2`.
fn list(values: &[u32]) -> String {
    let texts: Vec<String> = values.iter().map(u32::to_string).collect();
    match texts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => texts.concat(),
    }
}

/// The sum of the probabilities of `values`.
fn total(n: u32, values: &[u32], p: Scalar) -> Scalar {
    values
        .iter()
        .fold(Scalar::ZERO, |s, &j| s + binomial_pmf(n, j, p))
}

pub fn build(&Params { n, k, p, event }: &Params) -> Result<Draft, GenError> {
    let values = event.values(n, k);
    let complement = event.complement().values(n, k);
    let value = tidy(total(n, &values, p));
    let answer = AnswerSpec::scalar(value);
    let asked = format!("X {} {k}", event.symbol());
    let opposite = format!("X {} {k}", event.complement().symbol());

    let mut mistakes = Mistakes::new(&answer.expected);
    let boundary = total(n, &event.other_boundary().values(n, k), p);
    let (name, message) = match event {
        Event::AtMost => (
            "boundary_left_out",
            format!("That leaves out X = {k}: the event {asked} includes {k} itself."),
        ),
        Event::AtLeast => (
            "boundary_left_out",
            format!(
                "That leaves out X = {k}: the event {asked} includes {k} itself, so its \
                 complement is X ≤ {}, not X ≤ {k}.",
                k - 1
            ),
        ),
        Event::Below | Event::Above => (
            "boundary_included",
            format!(
                "That counts X = {k} too, but {asked} leaves {k} itself out: {asked} is X {} {}.",
                if event == Event::Below { "≤" } else { "≥" },
                if event == Event::Below { k - 1 } else { k + 1 }
            ),
        ),
    };
    mistakes.require(name, boundary, message)?;
    mistakes.require(
        "complement",
        Scalar::ONE - value,
        format!(
            "That is the probability of the opposite event, {opposite}. Check which values of X \
             the event {asked} holds."
        ),
    )?;
    mistakes.optional(
        "single_term",
        binomial_pmf(n, k, p),
        format!(
            "That is P(X = {k}) alone: the event {asked} holds several values of X, and their \
             probabilities add up."
        ),
    );

    let exact = p.is_exact();
    let precision = if exact {
        "Give the exact fraction."
    } else {
        "Give 4 significant figures."
    };
    let prompt = vec![
        setting(n, p),
        Line::text(format!("Find P({asked}). {precision}")),
    ];
    // Sum over the event directly, or over its complement when that has fewer terms.
    let direct = values.len() <= complement.len();
    let terms = if direct { &values } else { &complement };
    let term_values: Vec<String> = terms
        .iter()
        .map(|&j| num(tidy(binomial_pmf(n, j, p))))
        .collect();
    let term_names: Vec<String> = terms.iter().map(|&j| format!("P(X = {j})")).collect();
    let route = if direct {
        format!("The event {asked} is X = {}.", list(&values))
    } else {
        format!(
            "The event {asked} is X = {}; its complement {opposite} (X = {}) has fewer terms, \
             so P({asked}) = 1 − P({opposite}).",
            list(&values),
            list(&complement)
        )
    };
    let mut solution = vec![
        Line::text(format!(
            "X is binomial with {}, so {PMF_FORMULA}.",
            parameters(n, p)
        )),
        Line::text(route),
    ];
    solution.extend(terms.iter().map(|&j| math_line(&term_line(n, j, p))));
    let (names_sum, values_sum) = if direct {
        (term_names.join(" + "), term_values.join(" + "))
    } else {
        (
            format!("1 − {}", term_names.join(" − ")),
            format!("1 − {}", term_values.join(" − ")),
        )
    };
    solution.push(math_line(&chain(
        &format!("P({asked})"),
        &[names_sum, values_sum, num(value)],
    )));

    let first = if direct {
        format!(
            "The event {asked} is X = {}: add P(X = j) = C(n, j)·pʲ·(1 − p)ⁿ⁻ʲ over these \
             values.",
            list(&values)
        )
    } else {
        format!(
            "The event {asked} is X = {}; the complement {opposite} has fewer values: P({asked}) \
             = 1 − P({opposite}).",
            list(&values)
        )
    };
    let shown: Vec<String> = term_names
        .iter()
        .zip(&term_values)
        .map(|(a, b)| format!("{a} = {b}"))
        .collect();
    let last = if direct {
        format!("The terms are {}: add them.", list_texts(&shown))
    } else {
        format!(
            "The terms are {}: subtract them from 1.",
            list_texts(&shown)
        )
    };
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints: vec![first, last],
        mistakes: mistakes.finish()?,
    })
}

/// Texts joined as a list: `a, b and c`.
fn list_texts(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.concat(),
    }
}

impl Exercise for BinomialCdf {
    fn id(&self) -> &'static str {
        "prob.binomial_cdf"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::soundness_with;
    use statrs::distribution::{Binomial, DiscreteCDF};
    use std::collections::BTreeSet;

    #[test]
    fn binomial_sums_match_statrs_cdf() {
        let mut named = Seen::default();
        let mut events = BTreeSet::new();
        soundness_with(
            &BinomialCdf,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, prm, d, ctx| {
                let Params { n, k, p, event } = *prm;
                let b = Binomial::new(p.to_f64(), n as u64).unwrap();
                let k64 = k as u64;
                // statrs's cdf is P(X ≤ x); its sf is P(X > x).
                let reference = match event {
                    Event::AtMost => b.cdf(k64),
                    Event::Below => b.cdf(k64 - 1),
                    Event::AtLeast => b.sf(k64 - 1),
                    Event::Above => b.sf(k64),
                };
                let got = d.answer.expected.as_scalar().unwrap();
                assert!((got.to_f64() - reference).abs() <= 1e-12, "{ctx}");
                assert_eq!(got.is_exact(), level < 3, "{ctx}");
                let (lo, hi) = [(3, 4), (4, 6), (5, 8)][level as usize - 1];
                assert!((lo..=hi).contains(&n), "{ctx}");
                // At most 4 terms to add by hand (3 at levels 1–2).
                let terms = event
                    .values(n, k)
                    .len()
                    .min(n as usize + 1 - event.values(n, k).len());
                assert!(
                    terms >= 2 && terms <= [2, 3, 4][level as usize - 1],
                    "{ctx}"
                );
                // The last hint is the last step: every term's value.
                let last = d.hints.last().unwrap();
                assert!(
                    last.contains("P(X = ") && last.contains(" = "),
                    "{ctx}: {last}"
                );
                events.insert(format!("{level}{event:?}"));
                named.note(d);
            },
        );
        assert_eq!(events.len(), 11, "{events:?}");
        named.assert_exactly(&[
            "boundary_included",
            "boundary_left_out",
            "complement",
            "single_term",
        ]);
    }
}
