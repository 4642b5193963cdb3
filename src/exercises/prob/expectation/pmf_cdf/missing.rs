//! The level-3 variant of `prob.pmf_cdf` with one probability missing: the table gives
//! `P(X = a) = p`; p comes from `Σ P(X = x) = 1`, `p = 1 − (the others)`, and is then used in
//! `P(X ≤ k)` (with `a ≤ k`) or `P(X > k)` (with `a > k`), so the event always needs it. The
//! probabilities are twentieths, so p and the answer are terminating decimals.
//!
//! Named mistakes, besides those of the event itself: p taken as the sum of the others (not
//! subtracted from 1), the value with probability p left out of the sum, and p given as the
//! answer (the first step only).

use super::super::common::readable;
use super::{Drawn, Question, Table, answer_of, event_text, work};
use crate::engine::{AnswerSpec, Draft, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, num};
use crate::math::Scalar;

/// `P(X = 0) = 0.1,   P(X = 1) = p, …`: the table with the value `at` unknown.
fn table_line(t: &Table, at: i64) -> Line {
    let items: Vec<String> = (0..=t.m())
        .map(|x| {
            let p = if x == at {
                "p".to_string()
            } else {
                num(readable(t.p(x)))
            };
            format!("P(X = {x}) = {p}")
        })
        .collect();
    math_line(&items.join(",   "))
}

pub(super) fn build(d: &Drawn, at: i64) -> Result<Draft, GenError> {
    let t = Table::new(d);
    let q = d.question;
    let uses_p = match q {
        Question::AtMost(k) => at <= k,
        Question::Above(k) => at > k,
        _ => false,
    };
    if !uses_p {
        return Err(GenError::Redraw(
            "the event does not need the missing probability",
        ));
    }
    let event = event_text(q);
    let p = t.p(at);
    let value = answer_of(&t, q);
    let answer = AnswerSpec::scalar(readable(value));
    let mut mistakes = Mistakes::new(&answer.expected);
    let others = Scalar::ONE - p;
    // The event's probability with p replaced by another value.
    let with_p = |wrong: Scalar| readable(value - p + wrong);
    mistakes.require(
        "not_subtracted",
        with_p(others),
        "That takes p as the sum of the other probabilities. All of them, p included, add up to \
         1: p is 1 minus that sum.",
    )?;
    mistakes.require(
        "missing_left_out",
        with_p(Scalar::ZERO),
        format!(
            "That leaves out X = {at}, whose probability is p: find p first (the probabilities \
             add up to 1) and include it."
        ),
    )?;
    mistakes.optional(
        "p_only",
        readable(p),
        format!("That is p, the missing probability: now use it to find {event}."),
    );
    let (event_solution, event_hints) = work(&t, q, &mut mistakes)?;

    let known: Vec<String> = (0..=t.m())
        .filter(|&x| x != at)
        .map(|x| num(readable(t.p(x))))
        .collect();
    let sum = format!("1 − ({})", known.join(" + "));
    let p_steps = [
        sum.clone(),
        format!("1 − {}", num(readable(others))),
        num(readable(p)),
    ];
    let mut solution = vec![
        Line::text("The probabilities of all the values add up to 1, so p is 1 minus the others:"),
        math_line(&chain("p", &p_steps)),
    ];
    solution.extend(event_solution);
    solution.push(Line::text("Answer: ").m(format!("{event} = {}", num(readable(value)))));
    let mut hints = vec![
        "The probabilities of all the values add up to 1: p = 1 − (the sum of the others)."
            .to_string(),
        format!("p = {sum} = {}.", num(readable(p))),
    ];
    hints.extend(event_hints);
    let m = t.m();
    let prompt = vec![
        Line::text(format!(
            "A random variable X takes the values 0, 1, …, {m} with these probabilities, one of \
             them unknown:"
        )),
        table_line(&t, at),
        Line::text("Find ").m(event).t("."),
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
    use super::super::PmfCdf;
    use super::*;
    use crate::engine::Piece;
    use crate::exercises::common::testing::soundness;
    use std::collections::BTreeSet;

    /// The prompt's text as rendered: its pieces side by side, lines apart.
    fn prompt_text(d: &Draft) -> String {
        d.prompt
            .iter()
            .flat_map(|l| &l.0)
            .filter_map(|p| match p {
                Piece::Text(s) | Piece::Math(s) => Some(s.as_str()),
                Piece::Value(_) => None,
            })
            .collect::<Vec<_>>()
            .join("")
    }

    /// The table as the learner reads it: `(x, Some(P(X = x)))`, `None` for the unknown p.
    fn table(text: &str) -> Vec<(i64, Option<f64>)> {
        text.split("P(X = ")
            .skip(1)
            .filter_map(|item| {
                let (x, rest) = item.split_once(") = ")?;
                let value: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == 'p')
                    .collect();
                Some((
                    x.parse().ok()?,
                    (value != "p").then(|| value.parse().unwrap()),
                ))
            })
            .collect()
    }

    #[test]
    fn the_missing_probability_is_found_from_the_total_and_used() {
        let mut seen = BTreeSet::new();
        let mut events = BTreeSet::new();
        let mut count = 0;
        soundness(&PmfCdf, &[1, 2, 3], |level, d, ctx| {
            let text = prompt_text(d);
            if !text.contains("one of them unknown") {
                return;
            }
            assert_eq!(level, 3, "{ctx}");
            count += 1;
            let rows = table(&text);
            assert!((5..=7).contains(&rows.len()), "{ctx}: {rows:?}");
            let unknown: Vec<i64> = rows.iter().filter(|r| r.1.is_none()).map(|r| r.0).collect();
            assert_eq!(unknown.len(), 1, "{ctx}");
            let at = unknown[0];
            // p from the table as printed, in f64: nice (twentieths) and a probability.
            let p = 1.0 - rows.iter().filter_map(|r| r.1).sum::<f64>();
            assert!(p > 0.0 && p < 1.0, "{ctx}: p = {p}");
            assert!(
                (p * 20.0 - (p * 20.0).round()).abs() < 1e-9,
                "{ctx}: p = {p}"
            );
            let prob = |x: i64| rows[x as usize].1.unwrap_or(p);
            let find = text.split("Find ").nth(1).unwrap().trim_start();
            let (event, rest) = match (find.strip_prefix("P(X ≤ "), find.strip_prefix("P(X > ")) {
                (Some(rest), _) => ("≤", rest),
                (_, Some(rest)) => (">", rest),
                _ => panic!("{ctx}: {find}"),
            };
            let k: i64 = rest.split(')').next().unwrap().parse().unwrap();
            let want: f64 = if event == "≤" {
                assert!(at <= k, "{ctx}");
                (0..=k).map(prob).sum()
            } else {
                assert!(at > k, "{ctx}");
                (k + 1..rows.len() as i64).map(prob).sum()
            };
            events.insert(event);
            let got = d.answer.expected.as_scalar().unwrap().to_f64();
            assert!((got - want).abs() < 1e-9, "{ctx}: {got} vs {want}");
            // The mistakes of this variant, from the same printed table.
            let answer_of = |name: &str| {
                d.mistakes
                    .iter()
                    .find(|m| m.name == name)
                    .map(|m| m.answer.as_scalar().unwrap().to_f64())
            };
            let slip = answer_of("not_subtracted").unwrap();
            assert!((slip - (want - p + (1.0 - p))).abs() < 1e-9, "{ctx}");
            let left_out = answer_of("missing_left_out").unwrap();
            assert!((left_out - (want - p)).abs() < 1e-9, "{ctx}");
            if let Some(only) = answer_of("p_only") {
                assert!((only - p).abs() < 1e-9, "{ctx}");
            }
            // Hints: find p, then the event; the last is the event's sum with p's value.
            assert!(d.hints[1].starts_with("p = 1 − ("), "{ctx}: {}", d.hints[1]);
            let last = d.hints.last().unwrap();
            assert!(
                last.starts_with(&format!("P(X {event} {k}) = ")),
                "{ctx}: {last}"
            );
            assert!(last.contains(" + "), "{ctx}: {last}");
            seen.extend(d.mistakes.iter().map(|m| m.name));
        });
        assert!(count > 30, "{count}");
        assert_eq!(events.len(), 2);
        for name in ["not_subtracted", "missing_left_out", "p_only"] {
            assert!(seen.contains(name), "{name} never appears");
        }
    }

    #[test]
    fn a_worked_example() {
        // P(X = 1) = p = 1 − (0.1 + 0.4 + 0.2) = 0.3; P(X ≤ 2) = 0.1 + 0.3 + 0.4 = 0.8.
        let d = Drawn {
            counts: vec![2, 6, 8, 4],
            total: 20,
            question: Question::AtMost(2),
            missing: Some(1),
        };
        let draft = build(&d, 1).unwrap();
        assert_eq!(draft.answer.canonical_text(), "0.8");
        assert_eq!(
            draft.prompt[1],
            math_line("P(X = 0) = 0.1,   P(X = 1) = p,   P(X = 2) = 0.4,   P(X = 3) = 0.2")
        );
        assert_eq!(draft.hints[1], "p = 1 − (0.1 + 0.4 + 0.2) = 0.3.");
        assert_eq!(
            draft.solution[1],
            math_line("p = 1 − (0.1 + 0.4 + 0.2) = 1 − 0.7 = 0.3")
        );
        let named: Vec<(&str, String)> = draft
            .mistakes
            .iter()
            .map(|m| (m.name, m.answer.to_text()))
            .collect();
        assert!(
            named.contains(&("not_subtracted", "1.2".into())),
            "{named:?}"
        );
        assert!(
            named.contains(&("missing_left_out", "0.5".into())),
            "{named:?}"
        );
        assert!(named.contains(&("p_only", "0.3".into())), "{named:?}");
    }
}
