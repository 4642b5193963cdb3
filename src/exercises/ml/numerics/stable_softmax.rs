//! `ml.stable_softmax`: softmax, log-sum-exp and cross-entropy of logits too large for a naive
//! exp, computed the stable way by hand: shift by the largest logit m first.
//!
//! Level 1: softmax of three logits in the hundreds or thousands (a vector). Level 2: their
//! log-sum-exp, m + ln Σ e^(zᵢ − m), to 3 decimal places (the shift keeps it apart from m alone
//! by at least ln(1 + e⁻⁴) ≈ 0.018), to 2 decimal places. Level 3: the cross-entropy loss of one example from its
//! logits, −log softmax(z)_y = LSE(z) − z_y.
//!
//! The logits differ from the largest by 0 to −4, so e^(zᵢ − m) are the values e⁰ … e⁻⁴ a
//! learner can evaluate, while e^z itself overflows float64 (above z ≈ 709.78) or underflows.
//!
//! Named mistakes: the shifted exponentials without normalising, the logits normalised
//! linearly; the shift not added back, the maximum alone; the loss's sign, and the probability
//! instead of its negative log.

use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, factor, math_line, num, sig};
use crate::expr::Value;
use crate::math::Scalar;

pub struct StableSoftmax;

#[derive(Clone, Debug)]
pub struct Params {
    pub logits: Vec<i64>,
    /// The true class (0-based) at level 3.
    pub class: Option<usize>,
    pub level: u8,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    if !(1..=3).contains(&level) {
        return Err(GenError::Level(level));
    }
    let n = if level == 1 {
        3
    } else {
        rng.int(3, 4) as usize
    };
    let base = *rng.pick(&[-1000, -800, 750, 800, 1000, 1200, 2000]);
    // The largest logit is base; the others are base − d for distinct d in 1…4.
    let mut offsets: Vec<i64> = vec![1, 2, 3, 4];
    rng.shuffle(&mut offsets);
    let mut logits: Vec<i64> = offsets[..n - 1].iter().map(|d| base - d).collect();
    logits.insert(rng.index(n), base);
    let class = (level == 3).then(|| rng.index(n));
    Ok(Params {
        logits,
        class,
        level,
    })
}

/// ln Σ e^(zᵢ − m) for the shifts zᵢ − m.
fn log_sum(shifts: &[f64]) -> f64 {
    shifts.iter().map(|d| d.exp()).sum::<f64>().ln()
}

/// A vector of logits as the prompt writes it: `[1000, 998, 997]`.
fn vector_text(xs: &[i64]) -> String {
    let items: Vec<String> = xs.iter().map(|x| x.to_string().replace('-', "−")).collect();
    format!("[{}]", items.join(", "))
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    let m = *p.logits.iter().max().ok_or(GenError::Redraw("no logits"))?;
    let shifts: Vec<f64> = p.logits.iter().map(|&z| (z - m) as f64).collect();
    let exps: Vec<f64> = shifts.iter().map(|d| d.exp()).collect();
    let total: f64 = exps.iter().sum();
    let lse = m as f64 + log_sum(&shifts);
    let z = vector_text(&p.logits);
    let overflow = if m > 0 {
        format!("e^{m} overflows float64 (its largest value is about e^709.78)")
    } else {
        format!("e^({m}) underflows to 0 in float64, so the sum would be 0")
    };
    let shift_line = math_line(&format!(
        "z − m = {}",
        vector_text(&p.logits.iter().map(|&x| x - m).collect::<Vec<_>>())
    ));
    let exp_line = math_line(&format!(
        "e^(z − m) = [{}], sum = {}",
        exps.iter().map(|&e| sig(e)).collect::<Vec<_>>().join(", "),
        sig(total)
    ));
    let (prompt_ask, answer, mistakes, last, final_hint) = match p.level {
        1 => {
            let probs: Vec<Scalar> = exps.iter().map(|e| Scalar::Real(e / total)).collect();
            let answer = AnswerSpec::entrywise(Value::Vector(probs.clone()));
            let mut ms = Mistakes::new(&answer.expected);
            ms.require(
                "not_normalised",
                Value::Vector(exps.iter().map(|&e| Scalar::Real(e)).collect()),
                "Those are the shifted exponentials e^(zᵢ − m). Softmax divides each by their \
                 sum, so the probabilities add up to 1.",
            )?;
            let zsum: f64 = p.logits.iter().map(|&x| x as f64).sum();
            ms.require(
                "linear_normalisation",
                Value::Vector(
                    p.logits
                        .iter()
                        .map(|&x| Scalar::Real(x as f64 / zsum))
                        .collect(),
                ),
                "That divides the logits by their sum. Softmax exponentiates first: \
                 softmax(z)ᵢ = e^(zᵢ)/Σⱼ e^(zⱼ), computed as e^(zᵢ − m)/Σⱼ e^(zⱼ − m).",
            )?;
            (
                "Compute softmax(z) as a vector of probabilities (4 significant figures)."
                    .to_string(),
                answer,
                ms,
                math_line(&format!("softmax(z) = e^(z − m)/{} =", sig(total)))
                    .v(Value::Vector(probs.clone())),
                format!("Divide each of e^(z − m) by their sum, {}.", sig(total)),
            )
        }
        2 => {
            let answer = AnswerSpec::with(
                Scalar::Real(lse),
                // To 2 decimal places, asked so: the log-sum-exp is within 0.03% of m for
                // logits near 1000, so the default relative tolerance would accept m itself.
                Equivalence::Scalar(Tolerance {
                    rel: 0.0,
                    abs: 5e-3,
                }),
            );
            let mut ms = Mistakes::under(&answer.expected, &answer.equivalence);
            ms.require(
                "shift_not_added_back",
                Scalar::Real(log_sum(&shifts)),
                "That is ln Σ e^(zᵢ − m), the log-sum-exp of the shifted logits. Subtracting m \
                 inside divided the sum by e^m: add m back outside the log.",
            )?;
            ms.require(
                "max_only",
                Scalar::Real(m as f64),
                "That is the largest logit alone, a lower bound: the log-sum-exp adds \
                 ln Σ e^(zᵢ − m), which is positive because the largest term is e⁰ = 1.",
            )?;
            (
                "Compute LSE(z) = ln Σᵢ e^(zᵢ) to 2 decimal places.".to_string(),
                answer,
                ms,
                math_line(&format!(
                    "ln Σ e^(zᵢ) = m + ln({}) = {} + {} = {}",
                    sig(total),
                    num(Scalar::int(m)),
                    sig(log_sum(&shifts)),
                    num(Scalar::Real(lse))
                )),
                format!("ln Σ e^(zᵢ) = m + ln({}): add it up.", sig(total)),
            )
        }
        _ => {
            let y = p.class.ok_or(GenError::Redraw("no class"))?;
            let zy = p.logits[y];
            let loss = lse - zy as f64;
            let answer = AnswerSpec::scalar(Scalar::Real(loss));
            let mut ms = Mistakes::new(&answer.expected);
            ms.require(
                "sign",
                Scalar::Real(-loss),
                "That is log softmax(z)_y, which is negative. The loss is its negative: \
                 −log p_y = LSE(z) − z_y ≥ 0.",
            )?;
            ms.require(
                "probability_not_log",
                Scalar::Real(exps[y] / total),
                "That is the probability p_y = softmax(z)_y. Cross-entropy takes its negative \
                 logarithm: −ln p_y.",
            )?;
            ms.optional(
                "log10",
                Scalar::Real(loss / std::f64::consts::LN_10),
                "That uses log base 10. Cross-entropy in PyTorch and Keras uses the natural \
                 log.",
            );
            let yth = y + 1;
            (
                format!(
                    "The true class is class {yth} (counting from 1), whose logit is {}. \
                     Compute the cross-entropy loss −ln softmax(z)_y (natural log, as \
                     torch.nn.CrossEntropyLoss does from logits) to 4 significant figures.",
                    zy.to_string().replace('-', "−")
                ),
                answer,
                ms,
                math_line(&format!(
                    "−ln softmax(z)_y = m + ln({}) − z_y = {} + ln({}) − {} = {}",
                    sig(total),
                    num(Scalar::int(m)),
                    sig(total),
                    factor(Scalar::int(zy)),
                    num(Scalar::Real(loss))
                )),
                format!(
                    "−ln softmax(z)_y = m + ln({}) − z_y: put in the numbers.",
                    sig(total)
                ),
            )
        }
    };
    let prompt = vec![
        Line::text("A model outputs the logits ")
            .m(format!("z = {z}"))
            .t("."),
        Line::text(format!(
            "Computed naively, {overflow}. Use the stable form, shifting by the largest logit m \
             first. {prompt_ask}"
        )),
    ];
    let solution = vec![
        Line::text("Shift by the largest logit, ")
            .m(format!("m = {}", m.to_string().replace('-', "−")))
            .t(", so the largest exponential is e⁰ = 1 and none overflows:"),
        shift_line,
        exp_line,
        last,
    ];
    let hints = vec![
        "softmax(z) = softmax(z − m) and LSE(z) = m + LSE(z − m) for any constant m: take m, \
         the largest logit, and every exponent is ≤ 0."
            .to_string(),
        final_hint,
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for StableSoftmax {
    fn id(&self) -> &'static str {
        "ml.stable_softmax"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, soundness_with};

    /// The answers against a different computation: the probabilities and losses through
    /// `ln_1p`-free direct sums in f64 of e^(zᵢ − zⱼ) (every ratio of two exponentials, so no
    /// shift by the maximum is used), and the naive form indeed overflows or underflows.
    #[test]
    fn answers_match_a_shift_free_computation() {
        let mut seen = Seen::default();
        soundness_with(
            &StableSoftmax,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, case| {
                let z: Vec<f64> = p.logits.iter().map(|&x| x as f64).collect();
                // pᵢ = 1/Σⱼ e^(zⱼ − zᵢ): no maximum involved.
                let prob = |i: usize| 1.0 / z.iter().map(|zj| (zj - z[i]).exp()).sum::<f64>();
                let naive: f64 = z.iter().map(|x| x.exp()).sum();
                assert!(naive == f64::INFINITY || naive == 0.0, "{case}: {naive}");
                match level {
                    1 => {
                        let Value::Vector(v) = &d.answer.expected else {
                            panic!("{case}")
                        };
                        for (i, x) in v.iter().enumerate() {
                            assert!((x.to_f64() - prob(i)).abs() < 1e-12, "{case}");
                        }
                    }
                    2 => {
                        // LSE = zᵢ − ln pᵢ for any i.
                        let want = z[0] - prob(0).ln();
                        assert!((answer_f64(d) - want).abs() < 1e-9, "{case}");
                    }
                    _ => {
                        let y = p.class.unwrap();
                        let want = -prob(y).ln();
                        assert!((answer_f64(d) / want - 1.0).abs() < 1e-12, "{case}");
                    }
                }
                seen.note(d);
            },
        );
        seen.assert_all(&[
            "not_normalised",
            "linear_normalisation",
            "shift_not_added_back",
            "max_only",
            "sign",
            "probability_not_log",
        ]);
    }
}
