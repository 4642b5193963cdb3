//! Shared checks for every area's kinds' tests: the engine's draw loop, soundness of a draft
//! (hints, distinguishable named mistakes, a solution that reaches the answer) over many seeds,
//! replaying a draw to get back the parameters behind a draft ([`replay`], [`soundness_with`]),
//! and reading a prompt's numbers back ([`prompt`]) so that answers are checked against what the
//! learner sees.

mod checks;
mod prompt;

pub use checks::*;
pub use prompt::*;

use super::*;
use crate::engine::{Draft, DrillRng, Equivalence, Exercise, GenError, Line, Piece};
use crate::expr::Value;
use crate::math::Scalar;
use std::fmt;

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
        // A number is judged under the answer's own tolerance, as the checker judges it: a kind
        // that tightens the tolerance (to 2 decimal places near 800) may name a mistake within
        // the default tolerance of the answer, and one that loosens it may not. Other answers
        // are compared entry by entry, shape included.
        let (eq, expected) = (&d.answer.equivalence, &d.answer.expected);
        let same = match eq {
            Equivalence::Scalar(_) => {
                judged_same(&m.answer, expected, eq) || judged_same(expected, &m.answer, eq)
            }
            _ => coincide(&m.answer, expected),
        };
        assert!(!same, "{ctx}: mistake {} equals the answer", m.name);
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

/// Which draft a check is looking at: the kind, the level and the seed. It reads as the text
/// `prob.binomial_pmf level 2 seed 17` (in messages, and wherever a `&str` is wanted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub id: &'static str,
    pub level: u8,
    pub seed: u64,
    text: String,
}

impl Case {
    pub fn new(id: &'static str, level: u8, seed: u64) -> Case {
        let text = format!("{id} level {level} seed {seed}");
        Case {
            id,
            level,
            seed,
            text,
        }
    }
}

impl std::ops::Deref for Case {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Runs `each(level, draft, case)` on every level's drafts over [`seeds`] seeds, after the
/// common checks; also checks that unsupported levels are refused and that redraws stay rare.
pub fn soundness(ex: &dyn Exercise, levels: &[u8], mut each: impl FnMut(u8, &Draft, &Case)) {
    for &level in levels {
        let mut redraws = 0;
        for seed in 0..seeds() {
            let (d, r) = draw(ex, level, seed);
            redraws += r;
            let case = Case::new(ex.id(), level, seed);
            assert_sound(&d, &case);
            each(level, &d, &case);
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

/// The parameters behind the draft of `(id, level, seed)`, with the draft, for a kind split into
/// `draw` (all the randomness: the parameters) and `build` (the draft from the parameters). It
/// draws as the engine does: from the stream of `(id, level, seed)`, drawing again from the same
/// stream when either step asks for a redraw, at most 100 times; any other error fails the test.
pub fn replay<P>(
    id: &str,
    level: u8,
    seed: u64,
    draw: impl Fn(u8, &mut DrillRng) -> Result<P, GenError>,
    build: impl Fn(u8, &P) -> Result<Draft, GenError>,
) -> (P, Draft) {
    let mut rng = DrillRng::for_exercise(id, level, seed);
    for _ in 0..100 {
        match draw(level, &mut rng).and_then(|p| build(level, &p).map(|d| (p, d))) {
            Ok(pd) => return pd,
            Err(GenError::Redraw(_)) => continue,
            Err(e) => panic!("{id} level {level} seed {seed}: {e}"),
        }
    }
    panic!("{id} level {level} seed {seed}: no draw in 100 tries")
}

/// [`soundness`] with the parameters of each draft: `each(level, params, draft, case)`. The
/// parameters come from [`replay`], and the replayed draft is checked to be the one the engine
/// generated, so they are those of the problem the learner sees.
pub fn soundness_with<P>(
    ex: &dyn Exercise,
    levels: &[u8],
    draw: impl Fn(u8, &mut DrillRng) -> Result<P, GenError>,
    build: impl Fn(u8, &P) -> Result<Draft, GenError>,
    mut each: impl FnMut(u8, &P, &Draft, &Case),
) {
    soundness(ex, levels, |level, d, case| {
        let (params, again) = replay(case.id, level, case.seed, &draw, &build);
        assert_eq!(&again, d, "{case}: the replayed draft differs");
        each(level, &params, d, case);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_reads_as_its_context() {
        let case = Case::new("prob.x", 2, 17);
        assert_eq!(&*case, "prob.x level 2 seed 17");
        assert_eq!(format!("{case}"), "prob.x level 2 seed 17");
        let as_str: &str = &case;
        assert!(as_str.ends_with("seed 17"));
    }

    #[test]
    fn a_replay_is_the_engines_draw() {
        // A kind that asks for a redraw on odd numbers: the replay must skip them as the
        // engine does and give the parameters of the draft the engine made.
        let draw = |_: u8, rng: &mut DrillRng| {
            let n = rng.int(0, 9);
            if n % 2 == 1 {
                Err(GenError::Redraw("odd"))
            } else {
                Ok(n)
            }
        };
        let build = |_: u8, &n: &i64| {
            Ok(Draft {
                prompt: vec![Line::text(format!("n is {n}"))],
                answer: crate::engine::AnswerSpec::integer(n),
                solution: vec![],
                hints: vec![],
                mistakes: vec![],
            })
        };
        for seed in 0..20 {
            let (n, d) = replay("test.kind", 1, seed, draw, build);
            assert_eq!(n % 2, 0);
            assert_eq!(prompt_text(&d), format!("n is {n}"));
        }
    }
}
