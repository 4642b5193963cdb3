//! One step of the fuzz target `fuzz/fuzz_targets/answer.rs`, shared with its regression test
//! (`tests/fuzz_regressions.rs`), so that every input the fuzzer found is replayed by
//! `cargo test`.
//!
//! The first byte picks what the rest is fed to:
//! - the calculator: parse and evaluate, then print the value as text and typeset;
//! - `check`: the answer to an exercise named by the next bytes (kind, level, seed);
//! - a formula: parse, then evaluate at a few points within one work budget, as the formula
//!   comparison does.
//!
//! Whatever happens must be an `Ok` or an `Err`: a panic is a crash. The judged invariants are
//! asserted too (a score in [0, 1], exactly 1 when correct and below 1 when wrong; no NaN or infinity
//! printed where a number belongs).

use crate::engine::check;
use crate::expr::{eval_at, parse, parse_value};

/// Feeds `data` to the calculator, the checker or the formula evaluator, as its first byte says.
pub fn run(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => calc(&String::from_utf8_lossy(rest)),
        1 => answer(rest),
        _ => formula(&String::from_utf8_lossy(rest)),
    }
}

fn calc(input: &str) {
    if let Ok(v) = parse_value(input) {
        let text = v.to_text();
        let _ = crate::render::value_block(&v);
        assert!(
            !shows_a_non_number(&text),
            "a non-number in {text} for {input:?}"
        );
    }
}

/// Whether `text` shows `NaN` or `inf` as a value, not as part of a name (`o_inf` is a variable).
fn shows_a_non_number(text: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    ["NaN", "inf"].iter().any(|bad| {
        text.match_indices(bad).any(|(i, _)| {
            !text[..i].chars().next_back().is_some_and(word)
                && !text[i + bad.len()..].chars().next().is_some_and(word)
        })
    })
}

fn answer(rest: &[u8]) {
    let [k, l, s0, s1, tail @ ..] = rest else {
        return;
    };
    let reg = crate::registry();
    let kinds: Vec<_> = reg.kinds().collect();
    let kind = kinds[*k as usize % kinds.len()];
    let level = kind.levels[*l as usize % kind.levels.len()];
    let seed = u64::from(u16::from_le_bytes([*s0, *s1]));
    let Ok(p) = reg.generate(&kind.id, level, seed) else {
        return;
    };
    let input = String::from_utf8_lossy(tail);
    if let Ok(v) = check(&p, &input) {
        assert!(
            (0.0..=1.0).contains(&v.score),
            "score {} for {input:?}",
            v.score
        );
        assert!(
            !v.correct || v.score == 1.0,
            "correct with score {} for {input:?}",
            v.score
        );
        assert!(
            v.correct || v.score < 1.0,
            "wrong with full score for {input:?}"
        );
    }
}

fn formula(input: &str) {
    if let Ok(e) = parse(input) {
        // One budget for all the points, as the formula comparison has.
        crate::expr::with_budget(|| {
            for x in [-2.5, 0.0, 0.5, 3.0] {
                let _ = eval_at(&e, &[("x", x), ("λ", x), ("t", x)]);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn non_numbers_are_told_from_names() {
        assert!(super::shows_a_non_number("[1, NaN]"));
        assert!(super::shows_a_non_number("-inf"));
        assert!(!super::shows_a_non_number("[1, o_inf_]"));
        assert!(!super::shows_a_non_number("info + NaNa"));
    }
}
