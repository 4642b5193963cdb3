//! `ml.lasso_threshold`: one coordinate-descent step of the lasso, with sklearn's `Lasso`
//! objective `(1/(2n))‖y − Xw‖² + α‖w‖₁`.
//!
//! The update of coordinate j, the others held fixed, is `wⱼ = S(ρⱼ, α)/zⱼ` with
//! `ρⱼ = (1/n)Σᵢ xᵢⱼ rᵢ` (r the partial residuals `yᵢ − Σ_{k≠j} xᵢₖwₖ`), `zⱼ = (1/n)Σᵢ xᵢⱼ²`
//! and the soft-threshold `S(ρ, α) = sign(ρ)·max(|ρ| − α, 0)`. The prompt defines all of them.
//!
//! Level 1: ρ, z and α given (halves and quarters), the soft-threshold step; about a quarter of
//! the draws land exactly on 0. Level 2: ρ and z from 3 points (integers), a nonzero result.
//! Level 3: which of 4 coefficients the step sets exactly to zero (a set), given each ρⱼ, zⱼ.
//!
//! Named mistakes: the L2 (ridge) shrinkage `ρ/(z + α)` in place of the threshold, the threshold
//! at α/2 or 2α, the sign of ρ lost, no threshold (`ρ/z`), the sums without the 1/n; at level 3
//! the signed comparison `ρⱼ ≤ α` and the threshold applied to `ρⱼ/zⱼ`.

use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::batch_line;
use crate::exercises::common::num_operand;
use crate::exercises::common::{
    MAX_PLACES, Mistakes, chain, decimal, decimal_factor, math_line, num, product, short_decimal,
    sub,
};
use crate::expr::Value;
use crate::math::Scalar;

pub struct LassoThreshold;

enum Params {
    /// ρ, z, α (level 1).
    Step {
        rho: Scalar,
        z: Scalar,
        alpha: Scalar,
    },
    /// The feature column, the partial residuals, α (level 2).
    Points {
        x: Vec<i64>,
        r: Vec<i64>,
        alpha: Scalar,
    },
    /// Each coordinate's ρⱼ and zⱼ, and α (level 3).
    Zeros {
        rho: Vec<Scalar>,
        z: Vec<Scalar>,
        alpha: Scalar,
    },
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 => {
            let alpha = Scalar::frac(rng.int(1, 3), 2);
            let rho = Scalar::frac(rng.nonzero_int(-8, 8), 2);
            let z = *rng.pick(&[
                Scalar::frac(1, 2),
                Scalar::ONE,
                Scalar::frac(5, 4),
                Scalar::int(2),
            ]);
            if rho.abs() == alpha {
                return Err(GenError::Redraw("ρ on the threshold"));
            }
            Ok(Params::Step { rho, z, alpha })
        }
        2 => {
            let x: Vec<i64> = (0..3).map(|_| rng.int(-3, 3)).collect();
            let r: Vec<i64> = (0..3).map(|_| rng.int(-4, 6)).collect();
            let alpha = Scalar::frac(rng.int(1, 2), 2);
            Ok(Params::Points { x, r, alpha })
        }
        3 => {
            let alpha = Scalar::int(rng.int(1, 2));
            let rho: Vec<Scalar> = (0..4)
                .map(|_| Scalar::frac(rng.nonzero_int(-6, 6), 2))
                .collect();
            let z = (0..4)
                .map(|_| *rng.pick(&[Scalar::frac(1, 2), Scalar::ONE, Scalar::int(2)]))
                .collect();
            Ok(Params::Zeros { rho, z, alpha })
        }
        l => Err(GenError::Level(l)),
    }
}

/// The soft-threshold `S(ρ, α) = sign(ρ)·max(|ρ| − α, 0)`.
fn soft(rho: Scalar, alpha: Scalar) -> Scalar {
    let shrunk = rho.abs() - alpha;
    if shrunk.to_f64() <= 0.0 {
        Scalar::ZERO
    } else if rho.to_f64() < 0.0 {
        -shrunk
    } else {
        shrunk
    }
}

fn nice(x: Scalar) -> Scalar {
    short_decimal(x, MAX_PLACES)
}

const RIDGE: &str = "That shrinks by division, ρ/(z + α): the update of an L2 (ridge) penalty. \
     The L1 penalty's subgradient is α·sign(w), so the lasso subtracts α from |ρ| (and stops at \
     0): w = S(ρ, α)/z.";
const HALF: &str = "You thresholded at α/2. With sklearn's (1/(2n))‖y − Xw‖² + α‖w‖₁ the ½ \
     cancels in the data term's gradient, and the threshold is α itself.";
const DOUBLE: &str = "You thresholded at 2α (as for an objective without the ½ in front of the \
     squares). With sklearn's (1/(2n))‖y − Xw‖² + α‖w‖₁ the threshold is α itself.";
const SIGN: &str = "The sign is lost: S(ρ, α) keeps the sign of ρ, sign(ρ)·max(|ρ| − α, 0). \
     A negative ρ gives a negative (or zero) coefficient.";
const NO_THRESHOLD: &str = "That is ρ/z, the unpenalised coordinate update. The L1 penalty first \
     moves ρ toward 0 by α.";

const OBJECTIVE: &str = "(1/(2n))‖y − Xw‖² + α‖w‖₁";
const UPDATE: &str = "wⱼ = S(ρⱼ, α)/zⱼ with S(ρ, α) = sign(ρ)·max(|ρ| − α, 0)";

/// The mistakes of a coordinate value `S(ρ, α)/z`.
fn value_mistakes(m: &mut Mistakes, rho: Scalar, z: Scalar, alpha: Scalar) -> Result<(), GenError> {
    let over = |x: Scalar| nice(x.checked_div(z).unwrap_or(Scalar::ZERO));
    m.require(
        "l2_shrinkage",
        nice(rho.checked_div(z + alpha).unwrap_or(Scalar::ZERO)),
        RIDGE,
    )?;
    m.optional(
        "half_alpha",
        over(soft(rho, alpha * Scalar::frac(1, 2))),
        HALF,
    );
    m.optional(
        "double_alpha",
        over(soft(rho, alpha * Scalar::int(2))),
        DOUBLE,
    );
    m.optional("lost_sign", over(soft(rho.abs(), alpha)), SIGN);
    m.optional("no_threshold", over(rho), NO_THRESHOLD);
    Ok(())
}

/// `wⱼ = S(ρ, α)/z = …`: the threshold step written out.
fn threshold_lines(rho: Scalar, z: Scalar, alpha: Scalar, value: Scalar) -> Vec<Line> {
    let s = soft(rho, alpha);
    let step = if s.is_zero() {
        format!(
            "|ρ| = {} ≤ α = {}, so S(ρ, α) = 0",
            decimal(rho.abs()),
            decimal(alpha)
        )
    } else {
        format!(
            "S({}, {}) = {}·({} − {}) = {}",
            decimal(rho),
            decimal(alpha),
            if rho.to_f64() < 0.0 { "−1" } else { "1" },
            decimal(rho.abs()),
            decimal(alpha),
            decimal(s)
        )
    };
    vec![
        math_line(&step),
        math_line(&chain(
            "wⱼ",
            &[
                "S(ρ, α)/z".into(),
                format!("{}/{}", decimal_factor(s), decimal_factor(z)),
                num(value),
            ],
        )),
    ]
}

fn step(rho: Scalar, z: Scalar, alpha: Scalar) -> Result<Draft, GenError> {
    let value = nice(soft(rho, alpha).checked_div(z).unwrap_or(Scalar::ZERO));
    let answer = AnswerSpec::scalar(value);
    let mut mistakes = Mistakes::new(&answer.expected);
    value_mistakes(&mut mistakes, rho, z, alpha)?;
    let last = if soft(rho, alpha).is_zero() {
        format!(
            "|ρ| = {} against α = {}: which is larger decides S(ρ, α).",
            decimal(rho.abs()),
            decimal(alpha)
        )
    } else {
        format!(
            "S(ρ, α) = {}: divide by z = {}.",
            decimal(soft(rho, alpha)),
            decimal(z)
        )
    };
    Ok(Draft {
        prompt: vec![
            Line::text(format!(
                "Coordinate descent for sklearn's Lasso, which minimises {OBJECTIVE}, updates one \
                 coefficient at a time: {UPDATE}, where ρⱼ = (1/n)Σᵢ xᵢⱼrᵢ (r the residuals \
                 without feature j) and zⱼ = (1/n)Σᵢ xᵢⱼ²."
            )),
            Line::text("For feature j: ").m(format!(
                "ρ = {},  z = {},  α = {}.",
                decimal(rho),
                decimal(z),
                decimal(alpha)
            )),
            Line::text("Find the updated coefficient wⱼ."),
        ],
        answer,
        solution: threshold_lines(rho, z, alpha, value),
        hints: vec![
            "Soft-thresholding moves ρ toward 0 by α and stops at 0; then divide by z.".into(),
            last,
        ],
        mistakes: mistakes.finish()?,
    })
}

fn points(x: &[i64], r: &[i64], alpha: Scalar) -> Result<Draft, GenError> {
    let n = x.len() as i64;
    let sxr: i64 = x.iter().zip(r).map(|(a, b)| a * b).sum();
    let sxx: i64 = x.iter().map(|a| a * a).sum();
    if sxx == 0 {
        return Err(GenError::Redraw("a zero feature"));
    }
    let rho = Scalar::frac(sxr, n);
    let z = Scalar::frac(sxx, n);
    let s = soft(rho, alpha);
    if s.is_zero() {
        return Err(GenError::Redraw("the coefficient is thresholded to 0"));
    }
    let value = nice(s.checked_div(z).unwrap_or(Scalar::ZERO));
    let answer = AnswerSpec::scalar(value);
    let mut mistakes = Mistakes::new(&answer.expected);
    value_mistakes(&mut mistakes, rho, z, alpha)?;
    mistakes.optional(
        "no_one_over_n",
        nice(
            soft(Scalar::int(sxr), alpha)
                .checked_div(Scalar::int(sxx))
                .unwrap_or(Scalar::ZERO),
        ),
        "You used the sums Σxᵢrᵢ and Σxᵢ² without the 1/n. sklearn's objective has 1/(2n) on \
         the squares, so ρ and z are means, and α is compared with the mean ρ.",
    );
    let (xs, rs): (Vec<Scalar>, Vec<Scalar>) = (
        x.iter().map(|&v| Scalar::int(v)).collect(),
        r.iter().map(|&v| Scalar::int(v)).collect(),
    );
    let pairs: Vec<String> = x
        .iter()
        .zip(r)
        .map(|(&a, &b)| product(&[Scalar::int(a), Scalar::int(b)]))
        .collect();
    let squares: Vec<String> = x
        .iter()
        .map(|&a| format!("{}²", num_operand(Scalar::int(a))))
        .collect();
    let mut solution = vec![
        math_line(&chain(
            "ρ",
            &[
                "(1/n)Σ xᵢrᵢ".into(),
                format!("({})/{n}", pairs.join(" + ")),
                format!("{}/{n}", num(Scalar::int(sxr))),
                decimal(rho),
            ],
        )),
        math_line(&chain(
            "z",
            &[
                "(1/n)Σ xᵢ²".into(),
                format!("({})/{n}", squares.join(" + ")),
                decimal(z),
            ],
        )),
    ];
    solution.extend(threshold_lines(rho, z, alpha, value));
    Ok(Draft {
        prompt: vec![
            Line::text(format!(
                "Coordinate descent for sklearn's Lasso, which minimises {OBJECTIVE}, updates one \
                 coefficient at a time: {UPDATE}, with ρⱼ = (1/n)Σᵢ xᵢⱼrᵢ and zⱼ = (1/n)Σᵢ xᵢⱼ²."
            )),
            Line::text(format!(
                "On n = {n} points, feature j and the residuals r without it (the other \
                 coefficients fixed) are"
            )),
            batch_line("  ", "x", &xs),
            batch_line("  ", "r", &rs),
            Line::text(format!(
                "With α = {}, find the updated coefficient wⱼ.",
                decimal(alpha)
            )),
        ],
        answer,
        solution,
        hints: vec![
            "First ρ = (1/n)Σxᵢrᵢ and z = (1/n)Σxᵢ², then the soft-threshold.".into(),
            format!("ρ = {} and z = {}.", decimal(rho), decimal(z)),
            format!("S(ρ, α) = {}: divide by z.", decimal(s)),
        ],
        mistakes: mistakes.finish()?,
    })
}

/// The 1-based indices `j` with `test(j)`, as a set answer.
fn index_set(k: usize, test: impl Fn(usize) -> bool) -> Value {
    Value::Set(
        (0..k)
            .filter(|&j| test(j))
            .map(|j| Value::Scalar(Scalar::int(j as i64 + 1)))
            .collect(),
    )
}

fn zeros(rho: &[Scalar], z: &[Scalar], alpha: Scalar) -> Result<Draft, GenError> {
    let k = rho.len();
    let a = alpha.to_f64();
    let at = |t: f64| index_set(k, |j| rho[j].to_f64().abs() <= t);
    let zero_count = (0..k).filter(|&j| rho[j].to_f64().abs() <= a).count();
    if zero_count == 0 || zero_count == k {
        return Err(GenError::Redraw("all or none zero"));
    }
    let answer =
        AnswerSpec::with(at(a), Equivalence::UnorderedSet(Tolerance::default())).count_is_answer();
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.optional("half_alpha", at(a / 2.0), HALF);
    mistakes.optional("double_alpha", at(2.0 * a), DOUBLE);
    mistakes.optional(
        "lost_sign",
        index_set(k, |j| rho[j].to_f64() <= a),
        "You compared ρⱼ itself with α. The threshold is on |ρⱼ|: a large negative ρⱼ \
         survives just like a large positive one.",
    );
    mistakes.optional(
        "threshold_on_ratio",
        index_set(k, |j| (rho[j].to_f64() / z[j].to_f64()).abs() <= a),
        "You thresholded ρⱼ/zⱼ. The soft-threshold acts on ρⱼ before the division by zⱼ: \
         wⱼ = 0 exactly when |ρⱼ| ≤ α.",
    );
    mistakes.optional(
        "l2_shrinkage",
        Value::Set(vec![]),
        "An L2 (ridge) step ρ/(z + α) only shrinks: it never gives an exact zero. The L1 \
         soft-threshold S(ρⱼ, α) sets wⱼ = 0 whenever |ρⱼ| ≤ α.",
    );
    let rows: Vec<String> = (0..k)
        .map(|j| {
            format!(
                "ρ{0} = {1},  z{0} = {2}",
                sub(j + 1),
                decimal(rho[j]),
                decimal(z[j])
            )
        })
        .collect();
    let verdicts: Vec<String> = (0..k)
        .map(|j| {
            let r = rho[j].abs();
            if r.to_f64() <= a {
                format!(
                    "|ρ{}| = {} ≤ {} → w{} = 0",
                    sub(j + 1),
                    decimal(r),
                    decimal(alpha),
                    sub(j + 1)
                )
            } else {
                format!(
                    "|ρ{}| = {} > {} → w{} = {}",
                    sub(j + 1),
                    decimal(r),
                    decimal(alpha),
                    sub(j + 1),
                    decimal(nice(
                        soft(rho[j], alpha)
                            .checked_div(z[j])
                            .unwrap_or(Scalar::ZERO)
                    ))
                )
            }
        })
        .collect();
    let mut solution = vec![Line::text(
        "Compare each |ρⱼ| with α; S(ρⱼ, α) = 0 exactly when |ρⱼ| ≤ α:",
    )];
    solution.extend(verdicts.iter().map(|v| Line::math(v.clone())));
    solution.push(Line::text("So the zero coefficients are ").v(answer.expected.clone()));
    Ok(Draft {
        prompt: vec![
            Line::text(format!(
                "Coordinate descent for sklearn's Lasso, which minimises {OBJECTIVE}, updates \
                 {UPDATE}, with ρⱼ = (1/n)Σᵢ xᵢⱼrᵢ and zⱼ = (1/n)Σᵢ xᵢⱼ²."
            )),
            Line::text(format!(
                "In one sweep, with α = {}, the {k} coordinates have",
                decimal(alpha)
            )),
            math_line(&rows[..2].join(";   ")),
            math_line(&rows[2..].join(";   ")),
            Line::text(
                "Which coefficients does the step set exactly to zero? Give the set of indices j, such as {1, 3}.",
            ),
        ],
        answer,
        solution,
        hints: vec![
            "S(ρ, α) is exactly 0 whenever |ρ| ≤ α; zⱼ only scales the nonzero ones.".into(),
            format!(
                "The magnitudes |ρⱼ| are {}: compare each with α = {}.",
                (0..k)
                    .map(|j| decimal(rho[j].abs()))
                    .collect::<Vec<_>>()
                    .join(", "),
                decimal(alpha)
            ),
        ],
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for LassoThreshold {
    fn id(&self) -> &'static str {
        "ml.lasso_threshold"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match draw(level, rng)? {
            Params::Step { rho, z, alpha } => step(rho, z, alpha),
            Params::Points { x, r, alpha } => points(&x, &r, alpha),
            Params::Zeros { rho, z, alpha } => zeros(&rho, &z, alpha),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::read_batch;
    use crate::exercises::common::testing::{
        Seen, answer_f64, last_hint, near, number_after, prompt_text, soundness,
    };

    /// sklearn's update, written from its definition: the minimiser over w of
    /// ½z·w² − ρ·w + α|w| (the objective restricted to one coordinate), found by checking the
    /// stationary points of the two smooth branches and 0.
    fn coordinate_minimum(rho: f64, z: f64, alpha: f64) -> f64 {
        let f = |w: f64| 0.5 * z * w * w - rho * w + alpha * w.abs();
        let candidates = [
            0.0,
            ((rho - alpha) / z).max(0.0),
            ((rho + alpha) / z).min(0.0),
        ];
        candidates
            .into_iter()
            .min_by(|a, b| f(*a).total_cmp(&f(*b)))
            .unwrap()
    }

    /// The number after `key` up to the next comma or full stop.
    fn after(text: &str, key: &str) -> f64 {
        let mut text = text.to_string();
        while text.contains("  ") {
            text = text.replace("  ", " ");
        }
        let at = text.find(key).unwrap_or_else(|| panic!("{key} in {text}")) + key.len();
        let t: String = text[at..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '−')
            .collect();
        t.trim_end_matches('.').replace('−', "-").parse().unwrap()
    }

    #[test]
    fn updates_minimise_the_one_coordinate_objective() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        let mut exact_zeros = 0;
        soundness(&LassoThreshold, &[1, 2, 3], |level, d, ctx| {
            let text = prompt_text(d);
            let alpha = number_after(d, "α = ");
            match level {
                1 => {
                    let (rho, z) = (after(&text, "ρ = "), after(&text, "z = "));
                    let want = coordinate_minimum(rho, z, alpha);
                    assert!(
                        near(answer_f64(d), want),
                        "{ctx}: {} vs {want}",
                        answer_f64(d)
                    );
                    exact_zeros += usize::from(want == 0.0);
                    assert!(last_hint(d).contains("S(ρ, α)"), "{ctx}");
                }
                2 => {
                    let (x, r) = (read_batch(d, "x"), read_batch(d, "r"));
                    let n = x.len() as f64;
                    let rho = x.iter().zip(&r).map(|(a, b)| a * b).sum::<f64>() / n;
                    let z = x.iter().map(|a| a * a).sum::<f64>() / n;
                    let want = coordinate_minimum(rho, z, alpha);
                    assert!(want != 0.0, "{ctx}");
                    assert!(
                        near(answer_f64(d), want),
                        "{ctx}: {} vs {want}",
                        answer_f64(d)
                    );
                    assert!(last_hint(d).ends_with("divide by z."), "{ctx}");
                }
                _ => {
                    let Value::Set(items) = &d.answer.expected else {
                        panic!("{ctx}")
                    };
                    let got: Vec<usize> = items
                        .iter()
                        .map(|v| v.as_scalar().unwrap().to_f64() as usize)
                        .collect();
                    let want: Vec<usize> = (1..=4)
                        .filter(|j| {
                            let rho = after(&text, &format!("ρ{} = ", sub(*j)));
                            let z = after(&text, &format!("z{} = ", sub(*j)));
                            coordinate_minimum(rho, z, alpha) == 0.0
                        })
                        .collect();
                    assert_eq!(got, want, "{ctx}");
                    assert!((1..4).contains(&got.len()), "{ctx}");
                    assert!(last_hint(d).contains("compare each with α"), "{ctx}");
                }
            }
            seen[level as usize - 1].note(d);
        });
        assert!(exact_zeros > 50, "{exact_zeros}");
        let values = [
            "l2_shrinkage",
            "half_alpha",
            "double_alpha",
            "lost_sign",
            "no_threshold",
        ];
        seen[0].assert_exactly(&values);
        seen[1].assert_all(&values);
        seen[1].assert_all(&["no_one_over_n"]);
        seen[2].assert_exactly(&[
            "half_alpha",
            "double_alpha",
            "lost_sign",
            "threshold_on_ratio",
            "l2_shrinkage",
        ]);
    }
}
