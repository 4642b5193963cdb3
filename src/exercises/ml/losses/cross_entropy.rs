//! `ml.cross_entropy`: binary cross-entropy of a tiny batch (levels 1–2) and categorical
//! cross-entropy of one example (level 3).
//!
//! Conventions, as the prompt states them: the natural log, and the mean over the batch, as
//! `sklearn.metrics.log_loss` and `torch.nn.BCELoss` compute it:
//! `BCE = −(1/n)Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)]` with `pᵢ` the predicted P(y = 1). The
//! categorical loss of one example with true class c is `−ln p_c`; from logits z it is
//! `ln Σₖ e^{zₖ} − z_c` (`torch.nn.CrossEntropyLoss` takes logits).
//!
//! Level 1: 2 predictions in tenths. Level 2: 3–4 predictions in twentieths. Level 3: 3–4 class
//! probabilities in hundredths, or 3 integer logits. Answers are real, to 4 significant figures.
//!
//! Named mistakes: log base 10 or 2, the sum instead of the mean, the sign (a negative loss),
//! the probability of the wrong class (`1 − p` for y = 1), every class's `−ln pₖ` added, the
//! max in place of the log-sum-exp.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::num_operand;
use crate::exercises::common::{Mistakes, decimal, math_line, num, sig, sub};
use crate::exercises::common::{batch, batch_line};
use crate::math::Scalar;
use std::f64::consts::{LN_2, LN_10};

pub struct CrossEntropy;

enum Params {
    /// Labels and predicted probabilities of class 1.
    Binary { y: Vec<i64>, p: Vec<Scalar> },
    /// One example: the class probabilities and the true class (0-based).
    Probabilities { p: Vec<Scalar>, class: usize },
    /// One example: integer logits and the true class (0-based).
    Logits { z: Vec<i64>, class: usize },
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 | 2 => {
            let (n, den) = if level == 1 {
                (2, 10)
            } else {
                (rng.int(3, 4) as usize, 20)
            };
            let y: Vec<i64> = (0..n).map(|_| rng.int(0, 1)).collect();
            let p: Vec<Scalar> = (0..n)
                .map(|_| Scalar::frac(rng.int(1, den - 1), den))
                .collect();
            if p.iter().any(|&x| x == Scalar::frac(1, 2)) {
                return Err(GenError::Redraw("a prediction of 1/2"));
            }
            Ok(Params::Binary { y, p })
        }
        3 if rng.chance(1, 2) => {
            let k = rng.int(3, 4) as usize;
            let mut cents: Vec<i64> = (0..k - 1).map(|_| rng.int(5, 60)).collect();
            let last = 100 - cents.iter().sum::<i64>();
            if last < 5 {
                return Err(GenError::Redraw("the last probability is too small"));
            }
            cents.push(last);
            let p = cents.iter().map(|&c| Scalar::frac(c, 100)).collect();
            Ok(Params::Probabilities {
                p,
                class: rng.index(k),
            })
        }
        3 => {
            let z: Vec<i64> = (0..3).map(|_| rng.int(-2, 4)).collect();
            if z.windows(2).all(|w| w[0] == w[1]) {
                return Err(GenError::Redraw("equal logits"));
            }
            Ok(Params::Logits {
                z,
                class: rng.index(3),
            })
        }
        l => Err(GenError::Level(l)),
    }
}

const SIGN: &str = "That is negative, and a cross-entropy never is: ln p ≤ 0 for a probability, \
     so the loss carries a minus sign in front, −ln p ≥ 0.";
const LOG10: &str = "That uses the base-10 logarithm. Cross-entropy as sklearn's log_loss and \
     torch compute it uses the natural log ln.";
const LOG2: &str = "That uses log base 2 (bits, as in information theory). Cross-entropy as \
     sklearn's log_loss and torch compute it uses the natural log ln.";

/// `−ln 0.8`, `−ln(1 − 0.3)`: one example's term, as written before its value.
fn term(y: i64, p: Scalar) -> String {
    if y == 1 {
        format!("−ln {}", decimal(p))
    } else {
        format!("−ln(1 − {}) = −ln {}", decimal(p), decimal(Scalar::ONE - p))
    }
}

/// One example's binary loss: `−ln p` for y = 1, `−ln(1 − p)` for y = 0.
fn bce_term(y: i64, p: Scalar) -> f64 {
    let q = if y == 1 { p } else { Scalar::ONE - p };
    -q.to_f64().ln()
}

fn binary(y: &[i64], p: &[Scalar]) -> Result<Draft, GenError> {
    let n = y.len();
    let losses: Vec<f64> = y.iter().zip(p).map(|(&y, &p)| bce_term(y, p)).collect();
    let bce = losses.iter().sum::<f64>() / n as f64;
    let swapped = y
        .iter()
        .zip(p)
        .map(|(&y, &p)| bce_term(1 - y, p))
        .sum::<f64>()
        / n as f64;
    let answer = AnswerSpec::scalar(Scalar::Real(bce));
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "sum_not_mean",
        Scalar::Real(bce * n as f64),
        "That is the sum of the per-example losses. log_loss and BCELoss average them: divide \
         by n.",
    )?;
    mistakes.require("negative_loss", Scalar::Real(-bce), SIGN)?;
    mistakes.optional("log10", Scalar::Real(bce / LN_10), LOG10);
    mistakes.optional("log2", Scalar::Real(bce / LN_2), LOG2);
    mistakes.optional(
        "wrong_class",
        Scalar::Real(swapped),
        "You took the probability of the wrong class: for y = 1 the loss is −ln p, for y = 0 \
         it is −ln(1 − p), where p is the predicted P(y = 1).",
    );
    let ys: Vec<Scalar> = y.iter().map(|&v| Scalar::int(v)).collect();
    let each: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "L{} = {} = {}",
                sub(i + 1),
                term(y[i], p[i]),
                sig(losses[i])
            )
        })
        .collect();
    let shown: Vec<String> = losses.iter().map(|&l| sig(l)).collect();
    let solution = vec![
        Line::text("Each example costs −ln p where y = 1 and −ln(1 − p) where y = 0:"),
        math_line(&each.join(",   ")),
        Line::text("Average them: ").m(format!(
            "L = ({})/{n} = {}",
            shown.join(" + "),
            num(Scalar::Real(bce))
        )),
    ];
    let first = if y[0] == 1 {
        "The first example has y = 1, so it costs −ln p₁.".to_string()
    } else {
        "The first example has y = 0, so it costs −ln(1 − p₁).".to_string()
    };
    let hints = vec![
        first,
        format!(
            "The per-example losses are {}: average them (divide by n = {n}).",
            shown.join(", ")
        ),
    ];
    Ok(Draft {
        prompt: vec![
            Line::text(format!(
                "A binary classifier gives {n} examples the predicted probabilities p = P(y = 1):"
            )),
            batch_line("  labels       ", "y", &ys),
            batch_line("  predictions  ", "p", p),
            Line::text(
                "Compute the binary cross-entropy, L = −(1/n)Σ[yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], \
                 with the natural log and the mean over the batch (as sklearn's log_loss and \
                 torch's BCELoss). Give 4 significant figures.",
            ),
        ],
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// The one-hot label of `class` among `k` classes.
fn one_hot(k: usize, class: usize) -> Vec<Scalar> {
    (0..k).map(|i| Scalar::int(i64::from(i == class))).collect()
}

fn probabilities(p: &[Scalar], class: usize) -> Result<Draft, GenError> {
    let k = p.len();
    let c = class + 1;
    let pc = p[class];
    let loss = -pc.to_f64().ln();
    let answer = AnswerSpec::scalar(Scalar::Real(loss));
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require("negative_loss", Scalar::Real(-loss), SIGN)?;
    mistakes.require("log10", Scalar::Real(loss / LN_10), LOG10)?;
    mistakes.optional("log2", Scalar::Real(loss / LN_2), LOG2);
    mistakes.optional(
        "every_class",
        Scalar::Real(-p.iter().map(|x| x.to_f64().ln()).sum::<f64>()),
        "You added −ln pₖ over every class. The one-hot y keeps one term of −Σ yₖ ln pₖ: the \
         true class's.",
    );
    mistakes.optional(
        "wrong_class",
        Scalar::Real(-(1.0 - pc.to_f64()).ln()),
        "That is −ln(1 − p) of the true class, the probability of every other class together. \
         The loss is −ln of the probability the model gives the true class.",
    );
    let solution = vec![
        Line::text(format!("The one-hot y keeps only the term of class {c}: ")).m(format!(
            "CE = −Σ yₖ ln pₖ = −ln p{} = −ln {} = {}",
            sub(c),
            decimal(pc),
            num(Scalar::Real(loss))
        )),
    ];
    Ok(Draft {
        prompt: vec![
            Line::text(format!(
                "A classifier's softmax output for one example over {k} classes is"
            )),
            Line::text("  ").m(format!("p = {}", batch(p))),
            Line::text(format!(
                "and the true class is class {c}, the one-hot label "
            ))
            .m(format!("y = {}.", batch(&one_hot(k, class)))),
            Line::text(
                "Compute the categorical cross-entropy CE = −Σ yₖ ln pₖ (natural log). Give 4 \
                 significant figures.",
            ),
        ],
        answer,
        solution,
        hints: vec![
            "With a one-hot y, only the true class's term of −Σ yₖ ln pₖ is nonzero.".to_string(),
            format!(
                "The true class is class {c}, with p{} = {}: take −ln of it.",
                sub(c),
                decimal(pc)
            ),
        ],
        mistakes: mistakes.finish()?,
    })
}

fn logits(z: &[i64], class: usize) -> Result<Draft, GenError> {
    let c = class + 1;
    let max = *z.iter().max().expect("three logits");
    let shifted: Vec<f64> = z.iter().map(|&v| ((v - max) as f64).exp()).collect();
    let lse = max as f64 + shifted.iter().sum::<f64>().ln();
    let loss = lse - z[class] as f64;
    let answer = AnswerSpec::scalar(Scalar::Real(loss));
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require("negative_loss", Scalar::Real(-loss), SIGN)?;
    mistakes.require("log10", Scalar::Real(loss / LN_10), LOG10)?;
    mistakes.optional(
        "max_not_logsumexp",
        Scalar::Real((max - z[class]) as f64),
        "You took max z in place of the log-sum-exp. Subtracting the max keeps the exponentials \
         small, but it must come back with the log of the shifted sum: ln Σ e^(zₖ) = m + \
         ln Σ e^(zₖ − m).",
    );
    let zs: Vec<Scalar> = z.iter().map(|&v| Scalar::int(v)).collect();
    let exps: Vec<String> = z
        .iter()
        .map(|&v| {
            if v == max {
                "e⁰".to_string()
            } else {
                format!("e^({})", num(Scalar::int(v - max)))
            }
        })
        .collect();
    let m = num(Scalar::int(max));
    let solution = vec![
        Line::text("The loss is the log-sum-exp minus the true class's logit. Shift by the ").t(
            format!("largest logit, m = {m}, to keep the exponentials small:"),
        ),
        math_line(&format!(
            "ln Σ e^(zₖ) = {m} + ln({}) = {m} + ln {} = {}",
            exps.join(" + "),
            sig(shifted.iter().sum::<f64>()),
            sig(lse)
        )),
        math_line(&format!(
            "CE = {} − {} = {}",
            sig(lse),
            num_operand(Scalar::int(z[class])),
            num(Scalar::Real(loss))
        )),
    ];
    Ok(Draft {
        prompt: vec![
            Line::text("A classifier gives one example the logits (scores before the softmax)"),
            Line::text("  ").m(format!("z = {}", batch(&zs))),
            Line::text(format!(
                "and its true class is class {c}, the one-hot label "
            ))
            .m(format!("y = {}.", batch(&one_hot(3, class)))),
            Line::text(format!(
                "Compute the cross-entropy CE = −ln softmax(z){0} = ln Σₖ e^(zₖ) − z{0} (natural \
                 log; torch's CrossEntropyLoss takes logits). Give 4 significant figures.",
                sub(c)
            )),
        ],
        answer,
        solution,
        hints: vec![
            format!("Shift by the largest logit m = {m} first: ln Σ e^(zₖ) = m + ln Σ e^(zₖ − m)."),
            format!(
                "The log-sum-exp is {}: subtract the true class's logit z{} = {}.",
                sig(lse),
                sub(c),
                num(Scalar::int(z[class]))
            ),
        ],
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for CrossEntropy {
    fn id(&self) -> &'static str {
        "ml.cross_entropy"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match draw(level, rng)? {
            Params::Binary { y, p } => binary(&y, &p),
            Params::Probabilities { p, class } => probabilities(&p, class),
            Params::Logits { z, class } => logits(&z, class),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::read_batch;
    use crate::exercises::common::testing::{
        Seen, answer_f64, close, last_hint, prompt_text, soundness,
    };

    #[test]
    fn losses_match_a_direct_computation() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        let (mut probs, mut logs) = (0, 0);
        soundness(&CrossEntropy, &[1, 2, 3], |level, d, ctx| {
            let text = prompt_text(d);
            let y = read_batch(d, "y");
            let got = answer_f64(d);
            let want = if level < 3 {
                let p = read_batch(d, "p");
                assert_eq!(y.len(), [2, 2, p.len()][level as usize - 1].max(p.len()));
                assert!(if level == 1 {
                    y.len() == 2
                } else {
                    (3..=4).contains(&y.len())
                });
                let den = if level == 1 { 10.0 } else { 20.0 };
                assert!(
                    p.iter()
                        .all(|&x| x > 0.0 && x < 1.0 && (x * den).fract().abs() < 1e-9),
                    "{ctx}"
                );
                assert!(
                    last_hint(d).ends_with(&format!("(divide by n = {}).", y.len())),
                    "{ctx}"
                );
                -y.iter()
                    .zip(&p)
                    .map(|(y, p)| y * p.ln() + (1.0 - y) * (1.0 - p).ln())
                    .sum::<f64>()
                    / y.len() as f64
            } else if text.contains("softmax output") {
                probs += 1;
                let p = read_batch(d, "p");
                assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{ctx}");
                assert!(p.iter().all(|&x| x >= 0.05), "{ctx}");
                assert!(last_hint(d).ends_with("take −ln of it."), "{ctx}");
                -y.iter().zip(&p).map(|(y, p)| y * p.ln()).sum::<f64>()
            } else {
                logs += 1;
                let z = read_batch(d, "z");
                assert!(z.iter().all(|&v| (-2.0..=4.0).contains(&v)), "{ctx}");
                assert!(
                    last_hint(d).contains("subtract the true class's logit"),
                    "{ctx}"
                );
                // Naive softmax (the logits are small): −Σ yₖ ln(e^{zₖ}/Σ e^{zⱼ}).
                let total: f64 = z.iter().map(|v| v.exp()).sum();
                -y.iter()
                    .zip(&z)
                    .map(|(y, v)| y * (v.exp() / total).ln())
                    .sum::<f64>()
            };
            assert!(want > 0.0, "{ctx}");
            assert!(close(got, want, 1e-12), "{ctx}: {got} vs {want}");
            seen[level as usize - 1].note(d);
        });
        assert!(probs > 100 && logs > 100, "{probs} {logs}");
        for s in &seen[..2] {
            s.assert_exactly(&[
                "sum_not_mean",
                "negative_loss",
                "log10",
                "log2",
                "wrong_class",
            ]);
        }
        seen[2].assert_exactly(&[
            "negative_loss",
            "log10",
            "log2",
            "every_class",
            "wrong_class",
            "max_not_logsumexp",
        ]);
    }
}
