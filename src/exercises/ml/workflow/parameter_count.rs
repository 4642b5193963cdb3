//! `ml.parameter_count`: how many parameters training learns (an integer).
//!
//! Level 1: a linear or logistic regression on `d` features: `d` weights and one intercept.
//! Level 2: a softmax regression with `d` features and `k` classes: a `k×d` weight matrix and
//! `k` biases. Level 3: a network with one dense hidden layer of `h` units and a dense output
//! layer of `k` units (one for a regression): `h·d + h + k·h + k`. Every prompt also names the
//! training's hyperparameters (learning rate, penalty, epochs, batch size), which are not
//! counted.
//!
//! Named mistakes: the biases forgotten (`forgot_bias`), one bias for the whole layer instead of
//! one per output (`one_bias`, level 2), only the first layer counted (`one_layer_only`, level
//! 3), the hyperparameters counted as parameters (`counted_hyperparameters`).

use super::settings::{CHURN, DIGITS, HOUSES, IRIS, SPAM, Setting};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, plural};

pub struct ParameterCount;

/// One dense layer: `n_out` outputs, each a weighted sum of `n_in` inputs plus a bias.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dense {
    pub n_in: i64,
    pub n_out: i64,
}

impl Dense {
    /// The weights, `n_out·n_in`.
    pub fn weights(&self) -> i64 {
        self.n_out * self.n_in
    }
}

/// One problem: the setting, the layers in order, and the hyperparameters the prompt names.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub setting: Setting,
    pub layers: Vec<Dense>,
    pub hypers: Vec<&'static str>,
}

const HYPERS: [&str; 4] = [
    "a learning rate η = 0.01",
    "an L2 penalty of strength λ = 0.1",
    "50 epochs",
    "mini-batches of 32 rows",
];

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (setting, layers) = match level {
        1 => {
            let s = *rng.pick(&[HOUSES, SPAM, CHURN]);
            (
                s,
                vec![Dense {
                    n_in: rng.int(3, 30),
                    n_out: 1,
                }],
            )
        }
        2 => {
            let (s, d) = match rng.index(3) {
                0 => (DIGITS, *rng.pick(&[64, 256, 784])),
                1 => (IRIS, *rng.pick(&[4, 6, 10])),
                _ => (*rng.pick(&[SPAM, CHURN]), rng.int(5, 40)),
            };
            let k = s.classes.unwrap_or(2) as i64;
            (s, vec![Dense { n_in: d, n_out: k }])
        }
        3 => {
            let s = *rng.pick(&[HOUSES, SPAM, CHURN, DIGITS, IRIS]);
            let d = if s == DIGITS { 64 } else { rng.int(4, 20) };
            let h = *rng.pick(&[8, 10, 16, 20, 32, 50]);
            let k = match s.classes {
                None => 1,
                Some(2) => *rng.pick(&[1, 2]),
                Some(k) => k as i64,
            };
            (
                s,
                vec![Dense { n_in: d, n_out: h }, Dense { n_in: h, n_out: k }],
            )
        }
        l => return Err(GenError::Level(l)),
    };
    let mut hypers = HYPERS.to_vec();
    rng.shuffle(&mut hypers);
    hypers.truncate(if rng.chance(1, 2) { 2 } else { 3 });
    Ok(Params {
        setting,
        layers,
        hypers,
    })
}

/// `a, b and c`.
fn and_list(items: &[&str]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.concat(),
    }
}

/// The model's description in the prompt.
fn model_line(p: &Params) -> String {
    let s = &p.setting;
    let d = p.layers[0].n_in;
    let input = format!(
        "from d = {d} numeric features of each of the {} ({} among them)",
        s.rows, s.features[0]
    );
    match p.layers[..] {
        [only] if only.n_out == 1 => format!(
            "A {} regression ŷ = w·x + b predicts {} {input}.",
            if s.classes.is_some() {
                "logistic"
            } else {
                "linear"
            },
            s.label
        ),
        [only] => format!(
            "A softmax regression p = softmax(Wx + b) predicts {}, one of k = {} classes, \
             {input}.",
            s.label, only.n_out
        ),
        [hidden, out] => format!(
            "A neural network predicts {} {input}: a dense hidden layer of h = {} ReLU units \
             (weights and biases), then a dense output layer of {} (weights and biases).",
            s.label,
            hidden.n_out,
            plural(out.n_out as usize, "unit")
        ),
        _ => String::new(),
    }
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    let weights: i64 = p.layers.iter().map(Dense::weights).sum();
    let biases: i64 = p.layers.iter().map(|l| l.n_out).sum();
    let total = weights + biases;
    let answer = AnswerSpec::integer(total);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "forgot_bias",
        crate::math::Scalar::int(weights),
        "That counts only the weights. Every output unit also learns a bias (the intercept), \
         and training fits it like any weight.",
    )?;
    let hyper_count = p.hypers.len() as i64;
    mistakes.require(
        "counted_hyperparameters",
        crate::math::Scalar::int(total + hyper_count),
        "That counts the training settings too. The learning rate, the penalty strength, the \
         epochs and the batch size are hyperparameters: fixed before training, not learned.",
    )?;
    match p.layers[..] {
        [only] if only.n_out > 1 => mistakes.require(
            "one_bias",
            crate::math::Scalar::int(weights + 1),
            "That gives the whole model a single bias. Each class has its own score, so each \
             output has its own bias.",
        )?,
        [hidden, _] => mistakes.require(
            "one_layer_only",
            crate::math::Scalar::int(hidden.weights() + hidden.n_out),
            "That counts the hidden layer only. The output layer has its own weights (one per \
             hidden unit for each output) and biases.",
        )?,
        _ => {}
    }

    let prompt = vec![
        Line::text(model_line(p)),
        Line::text(format!(
            "It is trained with {}. How many parameters does training learn?",
            and_list(&p.hypers)
        )),
    ];
    let mut solution = Vec::new();
    let mut parts = Vec::new();
    for (i, l) in p.layers.iter().enumerate() {
        let name = match (p.layers.len(), i) {
            (1, _) => "The model".to_string(),
            (_, 0) => "The hidden layer".to_string(),
            _ => "The output layer".to_string(),
        };
        let w = if l.n_out == 1 {
            format!("{} weights (one per input)", l.n_in)
        } else {
            format!(
                "a {}×{} weight matrix, {}·{} = {} weights",
                l.n_out,
                l.n_in,
                l.n_out,
                l.n_in,
                l.weights()
            )
        };
        solution.push(Line::text(format!(
            "{name} has {w} and {}.",
            plural(l.n_out as usize, "bias")
        )));
        parts.push(format!("{} + {}", l.weights(), l.n_out));
    }
    solution.push(Line::text(format!(
        "{} are hyperparameters: set before training, not counted.",
        capital(&and_list(&p.hypers))
    )));
    solution.push(math_line(&chain(
        "parameters",
        &[parts.join(" + "), total.to_string()],
    )));
    let hints = vec![
        "A dense layer from n inputs to m outputs learns an m×n weight matrix and m biases."
            .to_string(),
        format!(
            "The weights and biases, layer by layer: {}; add them up.",
            parts.join(", then ")
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

/// `A learning rate` from `a learning rate`.
fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

impl Exercise for ParameterCount {
    fn id(&self) -> &'static str {
        "ml.parameter_count"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, given, soundness_with};

    #[test]
    fn counts_are_right() {
        let mut seen = Seen::default();
        soundness_with(
            &ParameterCount,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, ctx| {
                // Independent: each layer as (inputs + 1)·outputs, reading d, k and h from the
                // prompt where it states them.
                assert_eq!(given(d, "d") as i64, p.layers[0].n_in, "{ctx}");
                let want: i64 = p.layers.iter().map(|l| (l.n_in + 1) * l.n_out).sum();
                assert_eq!(answer_f64(d), want as f64, "{ctx}");
                assert_eq!(p.layers.len(), if level == 3 { 2 } else { 1 }, "{ctx}");
                if level == 2 {
                    assert_eq!(given(d, "k") as i64, p.layers[0].n_out, "{ctx}");
                }
                if level == 3 {
                    assert_eq!(given(d, "h") as i64, p.layers[0].n_out, "{ctx}");
                }
                assert!(want < 100_000, "{ctx}");
                assert!(d.hints.last().unwrap().ends_with("add them up."), "{ctx}");
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "counted_hyperparameters",
            "forgot_bias",
            "one_bias",
            "one_layer_only",
        ]);
    }
}
