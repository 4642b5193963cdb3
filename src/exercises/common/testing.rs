//! Shared checks for every area's kinds' tests: the engine's draw loop, soundness of a draft
//! (hints, distinguishable named mistakes, a solution that reaches the answer) over many seeds.

use super::*;
use crate::engine::{Draft, DrillRng, Exercise, GenError, Line, Piece};
use crate::expr::Value;
use crate::math::Scalar;

/// Seeds per level in the kinds' property tests (bounds, degeneracy, the answer against
/// nalgebra): 400 in the default run, times `MATHDRILL_SOAK` in a soak run.
pub fn seeds() -> u64 {
    crate::engine::soak::seeds(400)
}

/// Generates like the engine: redraws from the same stream on `Redraw`, at most 100 times.
/// Returns the draft and how many redraws it took.
pub fn draw(ex: &dyn Exercise, level: u8, seed: u64) -> (Draft, usize) {
    let mut rng = DrillRng::for_exercise(ex.id(), level, seed);
    for redraws in 0..100 {
        match ex.generate(level, &mut rng) {
            Ok(d) => return (d, redraws),
            Err(GenError::Redraw(_)) => continue,
            Err(e) => panic!("{} level {level} seed {seed}: {e}", ex.id()),
        }
    }
    panic!(
        "{} level {level} seed {seed}: no draw in 100 tries",
        ex.id()
    )
}

/// Whether the solution shows `expected`: as a typeset value, or as the number a math piece
/// ends with.
pub fn solution_mentions(solution: &[Line], expected: &Value) -> bool {
    solution
        .iter()
        .flat_map(|l| &l.0)
        .any(|p| match (p, expected) {
            (Piece::Value(v), _) => v == expected,
            (Piece::Math(s), Value::Scalar(x)) => s.ends_with(&format!("= {}", num(*x))),
            _ => false,
        })
}

/// The checks every draft must pass: specific hints, at least two distinguishable named
/// mistakes with distinct names (one for a yes/no question), a prompt, and a solution that reaches the answer.
pub fn assert_sound(d: &Draft, ctx: &str) {
    assert!(!d.prompt.is_empty(), "{ctx}: empty prompt");
    assert!(!d.hints.is_empty(), "{ctx}: no specific hint");
    let needed = crate::engine::mistakes_needed(&d.answer.expected);
    assert!(
        d.mistakes.len() >= needed,
        "{ctx}: {} mistakes",
        d.mistakes.len()
    );
    for (k, m) in d.mistakes.iter().enumerate() {
        assert!(
            !coincide(&m.answer, &d.answer.expected),
            "{ctx}: mistake {} equals the answer",
            m.name
        );
        assert!(!m.message.is_empty());
        assert!(
            d.mistakes[..k].iter().all(|o| o.name != m.name),
            "{ctx}: duplicate mistake name {}",
            m.name
        );
    }
    assert!(
        solution_mentions(&d.solution, &d.answer.expected),
        "{ctx}: solution does not show the answer"
    );
    assert_exact_form(d, ctx);
}

/// The numbers of a scalar, vector or matrix value, in order.
fn numbers(v: &Value) -> Vec<f64> {
    match v {
        Value::Scalar(x) => vec![x.to_f64()],
        Value::Vector(xs) => xs.iter().map(Scalar::to_f64).collect(),
        Value::Matrix(m) => m.entries().iter().map(Scalar::to_f64).collect(),
        other => panic!("no numbers in {}", other.describe()),
    }
}

/// Where a draft gives its answer an exact form (`34/(5*sqrt(174))`), that form evaluates to the
/// expected value to 1e-12, entry by entry and of the same shape: exact, not only within the
/// checker's tolerance.
pub fn assert_exact_form(d: &Draft, ctx: &str) {
    let Some(text) = &d.answer.exact else {
        return;
    };
    let value = crate::expr::parse_value(text)
        .unwrap_or_else(|e| panic!("{ctx}: exact form {text:?} does not read: {e:?}"));
    let (got, want) = (numbers(&value), numbers(&d.answer.expected));
    assert_eq!(
        std::mem::discriminant(&value),
        std::mem::discriminant(&d.answer.expected),
        "{ctx}: exact form {text:?} has another shape"
    );
    assert_eq!(got.len(), want.len(), "{ctx}: exact form {text:?}");
    for (g, w) in got.iter().zip(&want) {
        assert!(
            (g - w).abs() <= 1e-12 * w.abs().max(1.0),
            "{ctx}: exact form {text:?} is {g}, the answer {w}"
        );
    }
}

/// Runs `each` on every level's drafts over [`seeds`] seeds, after the common checks; also
/// checks that unsupported levels are refused and that redraws stay rare.
pub fn soundness(ex: &dyn Exercise, levels: &[u8], mut each: impl FnMut(u8, &Draft, &str)) {
    for &level in levels {
        let mut redraws = 0;
        for seed in 0..seeds() {
            let (d, r) = draw(ex, level, seed);
            redraws += r;
            let ctx = format!("{} level {level} seed {seed}", ex.id());
            assert_sound(&d, &ctx);
            each(level, &d, &ctx);
        }
        assert!(
            redraws < seeds() as usize * 3,
            "{} level {level}: {redraws} redraws over {} seeds",
            ex.id(),
            seeds()
        );
    }
    let mut rng = DrillRng::for_exercise(ex.id(), 0, 0);
    assert_eq!(ex.generate(0, &mut rng), Err(GenError::Level(0)));
    assert_eq!(ex.generate(9, &mut rng), Err(GenError::Level(9)));
    let again = |seed| draw(ex, levels[0], seed).0;
    assert_eq!(again(7), again(7), "same seed, same problem");
}
