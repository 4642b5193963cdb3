//! `calc.logistic_gradient`: the gradient of the mean binary cross-entropy of a logistic model
//! `p = σ(wx + b)`: `∂L/∂w = (1/n)Σ(σ(zᵢ) − yᵢ)xᵢ`, `∂L/∂b = (1/n)Σ(σ(zᵢ) − yᵢ)`.
//!
//! Level 1: one point with its σ value given, `∂L/∂w` (exact). Level 2: two points with their
//! σ values given, `∂L/∂w` (exact). Level 3: w and b given, 2–3 points with integer `z = wx + b`
//! in −3..3; the learner computes each σ(z); `[∂L/∂w, ∂L/∂b]` to 4 significant figures.
//!
//! Named mistakes: the sign (y − σ), x forgotten in ∂/∂w, the sum for the mean.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::decimal_operand;
use crate::exercises::common::num_operand;
use crate::exercises::common::{
    MAX_PLACES, Mistakes, chain, decimal, math_line, num, short_decimal, sig, signed_join, sub,
};
use crate::exercises::common::{batch, batch_line, scalars};
use crate::expr::Value;
use crate::math::Scalar;

pub struct LogisticGradient;

enum Params {
    /// Points with the model's σ values given (levels 1–2).
    Given {
        x: Vec<i64>,
        y: Vec<i64>,
        s: Vec<Scalar>,
    },
    /// w, b and the points (level 3).
    Model {
        w: i64,
        b: i64,
        x: Vec<i64>,
        y: Vec<i64>,
    },
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 | 2 => {
            let n = level as usize;
            let x: Vec<i64> = (0..n).map(|_| rng.sign() * rng.int(2, 5)).collect();
            let y: Vec<i64> = (0..n).map(|_| rng.int(0, 1)).collect();
            let s: Vec<Scalar> = (0..n).map(|_| Scalar::frac(rng.int(1, 19), 20)).collect();
            Ok(Params::Given { x, y, s })
        }
        3 => {
            let n = rng.int(2, 3) as usize;
            let w = rng.nonzero_int(-2, 2);
            let b = rng.int(-1, 1);
            let x: Vec<i64> = (0..n).map(|_| rng.nonzero_int(-2, 2)).collect();
            if x.iter().any(|&x| (w * x + b).abs() > 3) {
                return Err(GenError::Redraw("a logit beyond ±3"));
            }
            let y = (0..n).map(|_| rng.int(0, 1)).collect();
            Ok(Params::Model { w, b, x, y })
        }
        l => Err(GenError::Level(l)),
    }
}

const SIGN: &str = "The sign is flipped: that is (y − σ(z)), the direction of steepest descent. \
     The gradient of the cross-entropy is (σ(z) − y)·x: it points uphill.";
const NO_X: &str = "You left out x: by the chain rule ∂z/∂w = x, so each point's term in ∂L/∂w \
     is (σ(zᵢ) − yᵢ)·xᵢ. Only ∂L/∂b has no x.";
const SUM: &str = "That is the sum over the points. L is the mean cross-entropy, so its \
     gradient is the mean of the per-point terms: divide by n.";

const LOSS: &str = "L = −(1/n)Σ[yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)]";

fn given(x: &[i64], y: &[i64], s: &[Scalar]) -> Result<Draft, GenError> {
    let n = x.len();
    let d: Vec<Scalar> = s.iter().zip(y).map(|(&s, &y)| s - Scalar::int(y)).collect();
    let terms: Vec<Scalar> = d.iter().zip(x).map(|(&d, &x)| d * Scalar::int(x)).collect();
    let sum = terms.iter().fold(Scalar::ZERO, |a, &t| a + t);
    if sum.is_zero() {
        return Err(GenError::Redraw("a zero gradient"));
    }
    let mean = sum * Scalar::frac(1, n as i64);
    let value = short_decimal(mean, MAX_PLACES);
    let answer = AnswerSpec::scalar(value);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require("sign", -mean, SIGN)?;
    let no_x = d.iter().fold(Scalar::ZERO, |a, &t| a + t) * Scalar::frac(1, n as i64);
    mistakes.require("forgot_x", no_x, NO_X)?;
    if n > 1 {
        mistakes.require("sum_not_mean", sum, SUM)?;
    }
    let point = |i: usize| {
        format!(
            "({} − {})·{}",
            decimal(s[i]),
            y[i],
            num_operand(Scalar::int(x[i]))
        )
    };
    let mut prompt = vec![Line::text(
        "A logistic model p = σ(wx + b), with σ(z) = 1/(1 + e^(−z)), is trained with the mean \
         binary cross-entropy",
    )];
    prompt.push(Line::text("  ").m(LOSS));
    let solution;
    let hints;
    if n == 1 {
        prompt.push(Line::text(format!(
            "on one point, x = {}, y = {}. At the current w and b the model gives σ(z) = {}, \
             where z = wx + b.",
            num(Scalar::int(x[0])),
            y[0],
            decimal(s[0])
        )));
        prompt.push(Line::text("Find ∂L/∂w."));
        solution = vec![
            Line::text("For the cross-entropy of a sigmoid, ∂L/∂z = σ(z) − y, and ∂z/∂w = x:"),
            math_line(&chain(
                "∂L/∂w",
                &[
                    "(σ(z) − y)·x".into(),
                    point(0),
                    format!(
                        "{}·{}",
                        decimal_operand(d[0]),
                        num_operand(Scalar::int(x[0]))
                    ),
                    num(value),
                ],
            )),
        ];
        hints = vec![
            "The chain rule through z = wx + b: ∂L/∂w = ∂L/∂z · ∂z/∂w, and for the \
             cross-entropy of a sigmoid ∂L/∂z = σ(z) − y."
                .to_string(),
            format!(
                "Here σ(z) − y = {} − {} = {}: multiply by x.",
                decimal(s[0]),
                y[0],
                decimal(d[0])
            ),
        ];
    } else {
        prompt.push(batch_line("  points  ", "x", &scalars(x)));
        prompt.push(batch_line("  labels  ", "y", &scalars(y)));
        prompt.push(Line::text(format!(
            "At the current w and b the model gives the points σ(zᵢ) = {}, where zᵢ = wxᵢ + b. \
             Find ∂L/∂w.",
            s.iter()
                .map(|&v| decimal(v))
                .collect::<Vec<_>>()
                .join(" and ")
        )));
        let shown: Vec<String> = (0..n).map(point).collect();
        let dt: Vec<(bool, String)> = terms
            .iter()
            .map(|&t| (t.to_f64() < 0.0, decimal(t.abs())))
            .collect();
        solution = vec![
            Line::text(
                "Each point contributes (σ(zᵢ) − yᵢ)·xᵢ (∂L/∂z = σ(z) − y, ∂z/∂w = x); the \
                 mean over the points:",
            ),
            math_line(&chain(
                "∂L/∂w",
                &[
                    "(1/n)Σ(σ(zᵢ) − yᵢ)xᵢ".into(),
                    format!("(1/{n})·[{}]", shown.join(" + ")),
                    format!("(1/{n})·({})", signed_join(&dt)),
                    format!("(1/{n})·{}", decimal_operand(sum)),
                    num(value),
                ],
            )),
        ];
        hints = vec![
            "Per point, ∂/∂w of its cross-entropy is (σ(zᵢ) − yᵢ)·xᵢ; L averages the points."
                .to_string(),
            format!(
                "The terms (σ(zᵢ) − yᵢ)·xᵢ are {}: they add up to {}; divide by n = {n}.",
                terms
                    .iter()
                    .map(|&t| decimal(t))
                    .collect::<Vec<_>>()
                    .join(" and "),
                decimal(sum)
            ),
        ];
    }
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

fn model(w: i64, b: i64, x: &[i64], y: &[i64]) -> Result<Draft, GenError> {
    let n = x.len();
    let nf = n as f64;
    let z: Vec<i64> = x.iter().map(|&x| w * x + b).collect();
    let s: Vec<f64> = z.iter().map(|&z| sigmoid(z as f64)).collect();
    let d: Vec<f64> = s.iter().zip(y).map(|(s, &y)| s - y as f64).collect();
    let sw: f64 = d.iter().zip(x).map(|(d, &x)| d * x as f64).sum();
    let sb: f64 = d.iter().sum();
    if sw.abs() < 0.05 || sb.abs() < 0.05 {
        return Err(GenError::Redraw("an entry near zero"));
    }
    let grad = |a: f64, b: f64| Value::Vector(vec![Scalar::Real(a), Scalar::Real(b)]);
    let answer = AnswerSpec::entrywise(grad(sw / nf, sb / nf));
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require("sign", grad(-sw / nf, -sb / nf), SIGN)?;
    mistakes.require("forgot_x", grad(sb / nf, sb / nf), NO_X)?;
    mistakes.require("sum_not_mean", grad(sw, sb), SUM)?;
    let zs: Vec<String> = x
        .iter()
        .zip(&z)
        .enumerate()
        .map(|(i, (&xi, &zi))| {
            format!(
                "z{} = {}·{} {} = {}",
                sub(i + 1),
                num(Scalar::int(w)),
                num_operand(Scalar::int(xi)),
                if b < 0 {
                    format!("− {}", -b)
                } else {
                    format!("+ {b}")
                },
                num(Scalar::int(zi))
            )
        })
        .collect();
    let sig_list: Vec<String> = z
        .iter()
        .zip(&s)
        .enumerate()
        .map(|(i, (&zi, &si))| {
            format!(
                "σ(z{}) = σ({}) = {}",
                sub(i + 1),
                num(Scalar::int(zi)),
                sig(si)
            )
        })
        .collect();
    let dw: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "({} − {})·{}",
                sig(s[i]),
                y[i],
                num_operand(Scalar::int(x[i]))
            )
        })
        .collect();
    let db: Vec<String> = (0..n)
        .map(|i| format!("({} − {})", sig(s[i]), y[i]))
        .collect();
    let solution = vec![
        Line::text("The logits z = wx + b: ").m(zs.join(",  ")),
        Line::text("Their sigmoids: ").m(sig_list.join(",  ")),
        Line::text("Each point contributes (σ(zᵢ) − yᵢ)·xᵢ to ∂L/∂w and σ(zᵢ) − yᵢ to ∂L/∂b:"),
        math_line(&chain(
            "∂L/∂w",
            &[
                format!("(1/{n})·[{}]", dw.join(" + ")),
                format!("(1/{n})·({})", sig(sw)),
                sig(sw / nf),
            ],
        )),
        math_line(&chain(
            "∂L/∂b",
            &[
                format!("(1/{n})·[{}]", db.join(" + ")),
                format!("(1/{n})·({})", sig(sb)),
                sig(sb / nf),
            ],
        )),
        Line::text("So the gradient is ").v(answer.expected.clone()),
    ];
    let hints = vec![
        "For the cross-entropy of a sigmoid, ∂L/∂z = σ(z) − y per point; then ∂z/∂w = x and \
         ∂z/∂b = 1, averaged over the points."
            .to_string(),
        format!("The logits are z = {}.", batch(&scalars(&z))),
        format!(
            "The differences σ(zᵢ) − yᵢ are {}: average them times xᵢ for ∂L/∂w, and as they \
             are for ∂L/∂b.",
            d.iter().map(|&v| sig(v)).collect::<Vec<_>>().join(", ")
        ),
    ];
    Ok(Draft {
        prompt: vec![
            Line::text(format!(
                "A logistic model p = σ(wx + b) with w = {}, b = {} (σ(z) = 1/(1 + e^(−z))) is \
                 trained with the mean binary cross-entropy",
                num(Scalar::int(w)),
                num(Scalar::int(b))
            )),
            Line::text("  ").m(LOSS),
            Line::text(format!("on {n} points:")),
            batch_line("  ", "x", &scalars(x)),
            batch_line("  ", "y", &scalars(y)),
            Line::text(
                "Find the gradient [∂L/∂w, ∂L/∂b] at these parameters, each entry to 4 \
                 significant figures.",
            ),
        ],
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for LogisticGradient {
    fn id(&self) -> &'static str {
        "calc.logistic_gradient"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match draw(level, rng)? {
            Params::Given { x, y, s } => given(&x, &y, &s),
            Params::Model { w, b, x, y } => model(w, b, &x, &y),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::read_batch;
    use crate::exercises::common::testing::{
        Seen, answer_f64, given as given_number, last_hint, near, number_after, prompt_text,
        soundness,
    };

    /// The mean binary cross-entropy of σ(wx + b) on the points, in f64.
    fn bce(w: f64, b: f64, x: &[f64], y: &[f64]) -> f64 {
        x.iter()
            .zip(y)
            .map(|(&x, &y)| {
                let p = 1.0 / (1.0 + (-(w * x + b)).exp());
                -(y * p.ln() + (1.0 - y) * (1.0 - p).ln())
            })
            .sum::<f64>()
            / x.len() as f64
    }

    #[test]
    fn gradients_match_the_loss_they_differentiate() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness(&LogisticGradient, &[1, 2, 3], |level, d, ctx| {
            let text = prompt_text(d);
            match level {
                1 => {
                    let (x, y) = (given_number(d, "x"), given_number(d, "y"));
                    let s = number_after(d, "gives σ(z) = ");
                    assert!((2.0..=5.0).contains(&x.abs()), "{ctx}");
                    assert!(near(answer_f64(d), (s - y) * x), "{ctx}");
                    assert!(last_hint(d).ends_with("multiply by x."), "{ctx}");
                }
                2 => {
                    let (x, y) = (read_batch(d, "x"), read_batch(d, "y"));
                    let at = text.find("σ(zᵢ) = ").unwrap() + "σ(zᵢ) = ".len();
                    let s: Vec<f64> = text[at..]
                        .split(", where")
                        .next()
                        .unwrap()
                        .split(" and ")
                        .map(|t| t.parse().unwrap())
                        .collect();
                    assert_eq!((x.len(), s.len()), (2, 2), "{ctx}");
                    let want = ((s[0] - y[0]) * x[0] + (s[1] - y[1]) * x[1]) / 2.0;
                    assert!(near(answer_f64(d), want), "{ctx}");
                    assert!(last_hint(d).ends_with("divide by n = 2."), "{ctx}");
                }
                _ => {
                    let (w, b) = (given_number(d, "w"), given_number(d, "b"));
                    let (x, y) = (read_batch(d, "x"), read_batch(d, "y"));
                    assert!((2..=3).contains(&x.len()), "{ctx}");
                    let Value::Vector(g) = &d.answer.expected else {
                        panic!("{ctx}")
                    };
                    // Central differences of the loss itself.
                    let h = 1e-5;
                    let fw = (bce(w + h, b, &x, &y) - bce(w - h, b, &x, &y)) / (2.0 * h);
                    let fb = (bce(w, b + h, &x, &y) - bce(w, b - h, &x, &y)) / (2.0 * h);
                    for (got, want) in g.iter().zip([fw, fb]) {
                        assert!(
                            (got.to_f64() - want).abs() < 1e-8,
                            "{ctx}: {got:?} vs {want}"
                        );
                    }
                    assert!(last_hint(d).contains("as they are for ∂L/∂b."), "{ctx}");
                }
            }
            seen[level as usize - 1].note(d);
        });
        seen[0].assert_exactly(&["sign", "forgot_x"]);
        seen[1].assert_exactly(&["sign", "forgot_x", "sum_not_mean"]);
        seen[2].assert_exactly(&["sign", "forgot_x", "sum_not_mean"]);
    }
}
