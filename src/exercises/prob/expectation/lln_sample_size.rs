//! `prob.lln_sample_size`: how the number of draws must grow to shrink the typical error
//! `σ/√n` of an average, and (level 3) the smallest `n` with `σ/√n ≤ e`.
//!
//! Dividing the standard error by k takes k² times as many draws, since `σ/√(k²n) = (σ/√n)/k`.
//!
//! Level 1: the factor for a whole k (2 to 5, or 10): k². Level 2: the total number of draws
//! when the standard error must go from e₀ to e₁, with `e₀/e₁` one of 3/2, 2, 5/2, 3, 4, 4/3,
//! 5/4 and the draws so far a multiple of the ratio's denominator squared: a whole number.
//! Level 3: the smallest whole n with `σ/√n ≤ e` (σ from 3 to 30, e from 1/2 to 5, not 1), by
//! `n ≥ (σ/e)²` rounded up; about half the draws need the rounding up.
//!
//! Named mistakes: the factor k instead of k² (the square forgotten), √k (squared the wrong
//! way), only the additional draws given for the total; at level 3 `σ/e` not squared, `σ²/e`
//! (the margin not squared), and `(σ/e)²` rounded down.

use super::common::{ceil, floor, readable};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, factor, math_line, num};
use crate::math::Scalar;

pub struct LlnSampleSize;

#[derive(Clone, Debug, PartialEq)]
pub enum Drawn {
    /// The factor for a whole k.
    Factor { k: i64 },
    /// From `n0` draws at standard error `e0` to standard error `e1`.
    Total { n0: i64, e0: Scalar, e1: Scalar },
    /// The smallest n with `σ/√n ≤ e`.
    Margin { sigma: i64, e: Scalar },
}

/// Ratios `e₀/e₁ = p/q` for level 2.
const RATIOS: [(i64, i64); 7] = [(3, 2), (2, 1), (5, 2), (3, 1), (4, 1), (4, 3), (5, 4)];

fn draw(level: u8, rng: &mut DrillRng) -> Result<Drawn, GenError> {
    Ok(match level {
        1 => Drawn::Factor {
            k: *rng.pick(&[2, 3, 4, 5, 10]),
        },
        2 => {
            let (p, q) = *rng.pick(&RATIOS);
            let e1 = *rng.pick(&[
                Scalar::frac(1, 10),
                Scalar::frac(1, 5),
                Scalar::frac(1, 2),
                Scalar::ONE,
                Scalar::int(2),
            ]);
            Drawn::Total {
                n0: q * q * rng.int(3, 25),
                e0: e1 * Scalar::frac(p, q),
                e1,
            }
        }
        3 => {
            let sigma = rng.int(3, 30);
            let e = *rng.pick(&[
                Scalar::frac(1, 2),
                Scalar::frac(3, 2),
                Scalar::int(2),
                Scalar::frac(5, 2),
                Scalar::int(3),
                Scalar::int(4),
                Scalar::int(5),
            ]);
            if e.to_f64() * 2.0 > sigma as f64 {
                return Err(GenError::Redraw("a margin as wide as the spread"));
            }
            Drawn::Margin { sigma, e }
        }
        l => return Err(GenError::Level(l)),
    })
}

const NOT_SQUARED: &str = "The standard error σ/√n shrinks with √n, not with n: multiplying n \
    by a factor divides the error only by the factor's square root. To divide the error by a \
    factor, multiply n by that factor squared.";

const SQUARE_ROOT: &str = "That takes a square root where a square belongs: σ/√n gets some \
    factor smaller when √n gets that factor larger, that is when n grows by the factor \
    squared.";

fn factor_kind(k: i64) -> Result<Draft, GenError> {
    let ks = Scalar::int(k);
    let answer = AnswerSpec::scalar(ks * ks);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require("not_squared", ks, NOT_SQUARED)?;
    mistakes.require("square_root", ks.sqrt(), SQUARE_ROOT)?;
    let prompt = vec![
        Line::text("The typical error (standard error) of the average of n independent draws is ")
            .m("σ/√n")
            .t("."),
        Line::text(format!(
            "By what factor must n be multiplied to make the typical error {k} times smaller?"
        )),
    ];
    let solution = vec![
        Line::text("Multiplying n by m divides the error by √m: ")
            .m("σ/√(m·n) = (σ/√n)/√m")
            .t("."),
        Line::text(format!("The error is {k} times smaller when "))
            .m(format!("√m = {k}, so m = {k}² = {}", k * k)),
        Line::text(format!(
            "Averages settle slowly: {k} times the accuracy costs {} times the draws.",
            k * k
        )),
    ];
    let hints = vec![
        "Multiplying n by m turns σ/√n into σ/√(m·n): by what does that divide the error?"
            .to_string(),
        format!("The error is divided by √m, so you need √m = {k}: square both sides."),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn total_kind(n0: i64, e0: Scalar, e1: Scalar) -> Result<Draft, GenError> {
    let k = e0.checked_div(e1).ok_or(GenError::Redraw("zero error"))?;
    let n = Scalar::int(n0);
    let total = n * k * k;
    if total.as_integer().is_none() {
        return Err(GenError::Redraw("not a whole number of draws"));
    }
    let answer = AnswerSpec::scalar(total);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require("not_squared", n * k, NOT_SQUARED)?;
    mistakes.require("square_root", readable(n * k.sqrt()), SQUARE_ROOT)?;
    mistakes.optional(
        "additional_only",
        total - n,
        format!(
            "That is how many draws to add to the {n0} you have. The question asks for the \
             total number."
        ),
    );
    let (e0s, e1s, ks) = (num(readable(e0)), num(readable(e1)), num(k));
    // The ratio e₀/e₁ as a step, left out when e₁ = 1 (`4`, not `4/1 = 4`).
    let (ratio, ratio_text) = if e1 == Scalar::ONE {
        (factor(readable(e0)), ks.clone())
    } else {
        (format!("({e0s}/{e1s})"), format!("{e0s}/{e1s} = {ks}"))
    };
    let prompt = vec![
        Line::text(format!(
            "The average of {n0} independent measurements has standard error {e0s}."
        )),
        Line::text(format!(
            "How many measurements in total, made the same way, give an average with standard \
             error {e1s}?"
        )),
    ];
    let steps = vec![
        format!("{n0}·{ratio}²"),
        format!("{n0}·{}²", factor(k)),
        format!("{n0}·{}", num(k * k)),
        num(total),
    ];
    let solution = vec![
        Line::text(format!(
            "The standard error σ/√n must shrink by the factor {ratio_text}, so √n must grow \
             by {ks} and n by its square:"
        )),
        math_line(&chain("n", &steps)),
        Line::text("Check: ")
            .m(format!("√({}/{n0}) = {ks}", num(total)))
            .t(", so the standard error goes from ")
            .m(e0s.clone())
            .t(" to ")
            .m(e1s.clone())
            .t("."),
    ];
    let hints = vec![
        format!(
            "The standard error must shrink by the factor {ratio_text}. It is σ/√n: how must n \
             grow for that?"
        ),
        format!("n must grow by {ks}², so n = {}.", steps[1]),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn margin_kind(sigma: i64, e: Scalar) -> Result<Draft, GenError> {
    let s = Scalar::int(sigma);
    let ratio = s.checked_div(e).ok_or(GenError::Redraw("zero margin"))?;
    let bound = ratio * ratio;
    let n = ceil(bound);
    let answer = AnswerSpec::integer(n);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "not_squared",
        Scalar::int(ceil(ratio)),
        "That makes √n at least σ/e, not n: square both sides, n ≥ (σ/e)².",
    )?;
    mistakes.require(
        "margin_not_squared",
        Scalar::int(ceil(s * s.checked_div(e).unwrap_or(s))),
        "That squares σ but not e: from √n ≥ σ/e, n ≥ (σ/e)² = σ²/e².",
    )?;
    if floor(bound) != n {
        mistakes.optional(
            "rounded_down",
            Scalar::int(floor(bound)),
            "With that n the standard error is still a little above e: n must be at least \
             (σ/e)², so round up.",
        );
    }
    let es = num(readable(e));
    let bound_s = num(readable(bound));
    let prompt = vec![
        Line::text(format!(
            "A population has standard deviation σ = {sigma}. The average of n independent \
             draws from it has standard error "
        ))
        .m("σ/√n")
        .t("."),
        Line::text(format!(
            "What is the smallest n for which the standard error is at most e = {es}?"
        )),
    ];
    let steps = [
        format!("({sigma}/{es})²"),
        format!("{}²", factor(readable(ratio))),
        bound_s.clone(),
    ];
    let whole = floor(bound) == n;
    let solution = vec![
        Line::text("The standard error ")
            .m("σ/√n")
            .t(" is at most e when ")
            .m("√n ≥ σ/e")
            .t(", that is when"),
        math_line(&chain("n ≥ (σ/e)²", &steps)),
        if whole {
            Line::text(format!(
                "{bound_s} is a whole number, so the smallest n is "
            ))
            .m(format!("n = {n}"))
        } else {
            Line::text("n must be a whole number at least that large, so round up: ")
                .m(format!("n = {n}"))
        },
    ];
    let hints = vec![
        "σ/√n ≤ e means √n ≥ σ/e: square both sides.".to_string(),
        format!(
            "n ≥ ({sigma}/{es})² = {bound_s}: {}.",
            if whole {
                "n is the smallest whole number that large"
            } else {
                "round up to a whole number"
            }
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn build(d: &Drawn) -> Result<Draft, GenError> {
    match d {
        Drawn::Factor { k } => factor_kind(*k),
        Drawn::Total { n0, e0, e1 } => total_kind(*n0, *e0, *e1),
        Drawn::Margin { sigma, e } => margin_kind(*sigma, *e),
    }
}

impl Exercise for LlnSampleSize {
    fn id(&self) -> &'static str {
        "prob.lln_sample_size"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{near, replay};

    /// The standard error of an average of n draws, in f64.
    fn se(sigma: f64, n: f64) -> f64 {
        sigma / n.sqrt()
    }

    #[test]
    fn sample_sizes_meet_their_targets_and_mistakes_appear() {
        let mut names = Seen::default();
        let mut rounded_up = 0;
        soundness(&LlnSampleSize, &[1, 2, 3], |level, draft, ctx| {
            let (d, again) = replay(LlnSampleSize.id(), level, ctx.seed, draw, |_, p| build(p));
            assert_eq!(&again, draft, "{ctx}");
            let got = draft.answer.expected.as_scalar().unwrap().to_f64();
            let last = draft.hints.last().unwrap();
            match d {
                Drawn::Factor { k } => {
                    // Multiplying n by the answer divides the error by k (σ = 1, n = 7).
                    assert!(near(se(1.0, 7.0) / se(1.0, 7.0 * got), k as f64), "{ctx}");
                    assert_eq!(level, 1);
                    assert!(last.contains(&format!("√m = {k}")), "{ctx}: {last}");
                }
                Drawn::Total { n0, e0, e1 } => {
                    // With σ fixed by the first sample, the answer's n gives e₁.
                    let sigma = e0.to_f64() * (n0 as f64).sqrt();
                    assert!(near(se(sigma, got), e1.to_f64()), "{ctx}");
                    assert_eq!(got.fract(), 0.0, "{ctx}: a whole number");
                    assert!(got <= 10_000.0 && e1.to_f64() < e0.to_f64(), "{ctx}");
                    assert!(last.starts_with("n must grow by "), "{ctx}: {last}");
                    // Whole numbers written as such: no `4/1`.
                    let text = format!("{:?} {:?}", draft.solution, draft.hints);
                    assert!(
                        !text.contains("/1 ") && !text.contains("/1)"),
                        "{ctx}: {text}"
                    );
                }
                Drawn::Margin { sigma, e } => {
                    // The smallest n by search: the first n whose standard error is ≤ e.
                    let e = e.to_f64();
                    let want = (1..100_000)
                        .find(|&n| se(sigma as f64, n as f64) <= e * (1.0 + 1e-12))
                        .unwrap();
                    assert_eq!(got, want as f64, "{ctx}");
                    assert!(se(sigma as f64, (want - 1) as f64) > e, "{ctx}");
                    let square = (sigma as f64 / e).powi(2);
                    rounded_up += usize::from(square.fract() != 0.0);
                    assert!(last.starts_with(&format!("n ≥ ({sigma}/")), "{ctx}: {last}");
                }
            }
            names.note(draft);
        });
        assert!(rounded_up > 100, "{rounded_up} draws need rounding up");
        names.assert_all(&[
            "not_squared",
            "square_root",
            "additional_only",
            "margin_not_squared",
            "rounded_down",
        ]);
    }
}
