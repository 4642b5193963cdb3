//! What the two binomial kinds share: the success probabilities per level, the story of the
//! trials, and one term P(X = j) written as a solution shows it.

use super::common::{binomial_pmf, binomial_term_text};
use crate::engine::{DrillRng, Line};
use crate::exercises::common::tidy;
use crate::exercises::common::{chain, num};
use crate::math::Scalar;

/// A success probability for a level: simple fractions at levels 1–2 (exact answers), one- or
/// two-decimal probabilities at level 3 (answers to 4 significant figures).
pub fn draw_p(level: u8, rng: &mut DrillRng) -> Scalar {
    match level {
        1 => {
            let (n, d) = *rng.pick(&[(1, 2), (1, 3), (2, 3), (1, 4), (3, 4)]);
            Scalar::frac(n, d)
        }
        2 => {
            let (n, d) = *rng.pick(&[
                (1, 3),
                (2, 3),
                (1, 4),
                (3, 4),
                (1, 5),
                (2, 5),
                (3, 5),
                (4, 5),
                (1, 6),
                (5, 6),
            ]);
            Scalar::frac(n, d)
        }
        _ => {
            let hundredths =
                *rng.pick(&[10, 15, 20, 25, 30, 35, 40, 45, 55, 60, 65, 70, 75, 80, 90]);
            Scalar::Real(hundredths as f64 / 100.0)
        }
    }
}

/// The story of `n` trials with success probability `p`, ending with what `X` counts.
pub fn setting(n: u32, p: Scalar) -> Line {
    let story = match p.exact().map(|q| (q.numer(), q.denom())) {
        Some((1, 2)) => format!("A fair coin is tossed {n} times; X counts the heads."),
        Some((1, 6)) => format!("A fair die is rolled {n} times; X counts the sixes."),
        Some((1, 4)) => format!(
            "A quiz has {n} questions with 4 options each, and every answer is a guess; X \
             counts the correct answers."
        ),
        _ => format!(
            "Each of {n} independent trials succeeds with probability p = {}; X counts the \
             successes.",
            num(p)
        ),
    };
    Line::text(story)
}

/// The parameters in symbols: `n = 5, p = 1/3 and 1 − p = 2/3`.
pub fn parameters(n: u32, p: Scalar) -> String {
    format!(
        "n = {n}, p = {} and 1 − p = {}",
        num(p),
        num(Scalar::ONE - p)
    )
}

/// `P(X = 2) = C(5, 2)·(1/3)²·(2/3)³ = 10·(1/9)·(8/27) = 80/243`.
pub fn term_line(n: u32, k: u32, p: Scalar) -> String {
    let (formula, values) = binomial_term_text(n, k, p);
    chain(
        &format!("P(X = {k})"),
        &[formula, values, num(tidy(binomial_pmf(n, k, p)))],
    )
}

/// The binomial pmf as the solutions state it.
pub const PMF_FORMULA: &str = "P(X = k) = C(n, k)·pᵏ·(1 − p)ⁿ⁻ᵏ";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_read_as_written_by_hand() {
        assert_eq!(
            term_line(5, 2, Scalar::frac(1, 3)),
            "P(X = 2) = C(5, 2)·(1/3)²·(2/3)³ = 10·(1/9)·(8/27) = 80/243"
        );
        assert_eq!(
            term_line(4, 1, Scalar::Real(0.3)),
            "P(X = 1) = C(4, 1)·0.3·0.7³ = 4·0.3·0.343 = 0.4116"
        );
        assert_eq!(
            parameters(5, Scalar::frac(1, 3)),
            "n = 5, p = 1/3 and 1 − p = 2/3"
        );
    }
}
