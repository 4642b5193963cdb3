//! Self-check soundness, for every registered kind and level over many seeds:
//! the canonical answer (as `solve` prints it) is accepted; every named mistake is rejected and
//! recognised by name; the canonical answer moved by 1% is rejected; the same seed gives the
//! same problem.

use mathdrill::engine::{Equivalence, check};
use mathdrill::registry;

/// Seeds per kind and level: 300, times `MATHDRILL_SOAK` in a soak run.
fn seeds() -> u64 {
    mathdrill::engine::soak::seeds(300)
}

/// The answer text with its first number multiplied by 1.01 (0 becomes 0.01), as the CLI
/// contract checker does.
fn perturb(answer: &str) -> Option<String> {
    let bytes = answer.as_bytes();
    let start = (0..bytes.len()).find(|&i| {
        bytes[i].is_ascii_digit()
            && (i == 0
                || !(bytes[i - 1].is_ascii_alphanumeric()
                    || bytes[i - 1] == b'.'
                    || bytes[i - 1] == b'_'))
    })?;
    let mut end = start;
    while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b'.') {
        end += 1;
    }
    if end < bytes.len() && bytes[end] == b'e' {
        end += 1;
        if end < bytes.len() && bytes[end] == b'-' {
            end += 1;
        }
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
    }
    let x: f64 = answer[start..end].parse().ok()?;
    let moved = if x == 0.0 { 0.01 } else { x * 1.01 };
    Some(format!("{}{moved:?}{}", &answer[..start], &answer[end..]))
}

#[test]
fn perturb_moves_the_first_number() {
    assert_eq!(
        perturb("[[2, -5], [-1, 3]]").unwrap(),
        "[[2.02, -5], [-1, 3]]"
    );
    assert_eq!(perturb("-3/4").unwrap(), "-3.0300000000000002/4");
    assert_eq!(perturb("0").unwrap(), "0.01");
    assert_eq!(perturb("x1 + 2.5e-3").unwrap(), "x1 + 0.002525");
}

#[test]
fn every_kind_and_level_is_sound() {
    let reg = registry();
    let mut failures = Vec::new();
    let mut checked = 0;
    for kind in reg.kinds() {
        for &level in &kind.levels {
            for seed in 0..seeds() {
                let p = reg
                    .generate(&kind.id, level, seed)
                    .unwrap_or_else(|e| panic!("{e}"));
                let again = reg.generate(&kind.id, level, seed).unwrap();
                let at = format!("{} level {level} seed {seed}", kind.id);
                if p != again {
                    failures.push(format!("{at}: same seed gave a different problem"));
                }
                let answer = p.answer.canonical_text();
                match check(&p, &answer) {
                    Ok(v) if v.correct && v.score == 1.0 => {}
                    other => failures.push(format!(
                        "{at}: canonical answer {answer:?} not accepted: {other:?}"
                    )),
                }
                for m in &p.mistakes {
                    let text = m.answer.to_text();
                    match check(&p, &text) {
                        Ok(v)
                            if !v.correct
                                && v.score < 1.0
                                && v.mistake == Some(m.name)
                                && v.feedback == m.message => {}
                        other => failures.push(format!(
                            "{at}: mistake {} ({text:?}) not recognised: {other:?}",
                            m.name
                        )),
                    }
                }
                let direction = matches!(p.answer.equivalence, Equivalence::Direction(_));
                if let Some(moved) = perturb(&answer).filter(|_| !direction) {
                    match check(&p, &moved) {
                        Ok(v) if !v.correct && v.score < 1.0 => {}
                        other => failures.push(format!(
                            "{at}: answer moved by 1% {moved:?} accepted: {other:?}"
                        )),
                    }
                }
                if p.hints.len() < 2 || p.solution.is_empty() {
                    failures.push(format!(
                        "{at}: {} hints, {} solution lines",
                        p.hints.len(),
                        p.solution.len()
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(15)].join("\n")
    );
    assert!(
        checked >= 5 * seeds() as usize,
        "only {checked} problems checked"
    );
}
