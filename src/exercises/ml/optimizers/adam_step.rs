//! `ml.adam_step`: one Adam step in torch's convention from a given state (θ, m, v) and the
//! gradient g of step t: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ),
//! v̂ = v/(1 − β₂ᵗ), θ ← θ − lr·m̂/(√(v̂) + ε) (ε outside the root of the corrected v̂).
//!
//! Level 1: one parameter, t = 1 from m = v = 0 with torch's defaults β 0.9/0.999, ε 1e-8:
//! the step is lr·g/(|g| + ε) ≈ lr·sign(g) (the answer θ₁). Level 2: one parameter at t = 3,
//! the state (m₂, v₂) that the earlier gradients g₁, g₂ left (exact decimals), ε = 0.1; the
//! answer [m₃, v₃, θ₃]. Level 3: two parameters at t = 2 from (m₁, v₁), ε = 0.1; the answer
//! θ₂. At levels 2 and 3 ε is 0.1, larger than the default, so that where it is added shows in
//! the answer (with 1e-8 the conventions agree to about 8 digits). m and v are exact; m̂, v̂ and
//! θ are reals, accepted at 4 significant figures.
//!
//! Named mistakes: no bias correction (m/(√v + ε)); Keras's placement (ε added to √v before
//! the correction, which is folded into lr_t = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ)), at levels 2–3; β₁ and
//! β₂ swapped in the moment updates; a plain SGD step θ − lr·g.

use super::common::{exact_decimal, shown, tuple, values};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{
    Mistakes, chain, factor, math_line, num, sig, sub, superscript, tidy,
};
use crate::expr::Value;
use crate::math::Scalar;

pub struct AdamStep;

/// A problem: the state before step t, the gradient of step t, the hyperparameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    pub theta: Vec<Scalar>,
    pub m: Vec<Scalar>,
    pub v: Vec<Scalar>,
    pub g: Vec<Scalar>,
    /// The step being taken (1 for the first).
    pub t: u32,
    pub lr: Scalar,
    pub beta1: Scalar,
    pub beta2: Scalar,
    pub eps: f64,
}

fn ints(rng: &mut DrillRng, n: usize, lo: i64, hi: i64) -> Vec<Scalar> {
    (0..n).map(|_| Scalar::int(rng.int(lo, hi))).collect()
}

fn nonzero(rng: &mut DrillRng, n: usize, lo: i64, hi: i64) -> Vec<Scalar> {
    (0..n)
        .map(|_| Scalar::int(rng.nonzero_int(lo, hi)))
        .collect()
}

/// m and v after the gradients `gs` from m = v = 0.
fn moments_after(gs: &[Vec<Scalar>], b1: Scalar, b2: Scalar) -> (Vec<Scalar>, Vec<Scalar>) {
    let n = gs[0].len();
    let (mut m, mut v) = (vec![Scalar::ZERO; n], vec![Scalar::ZERO; n]);
    for g in gs {
        (m, v) = moments(&m, &v, g, b1, b2);
    }
    (m, v)
}

/// One update of the moments: (β₁m + (1 − β₁)g, β₂v + (1 − β₂)g²).
fn moments(
    m: &[Scalar],
    v: &[Scalar],
    g: &[Scalar],
    b1: Scalar,
    b2: Scalar,
) -> (Vec<Scalar>, Vec<Scalar>) {
    let m1 = m
        .iter()
        .zip(g)
        .map(|(&mi, &gi)| b1 * mi + (Scalar::ONE - b1) * gi)
        .collect();
    let v1 = v
        .iter()
        .zip(g)
        .map(|(&vi, &gi)| b2 * vi + (Scalar::ONE - b2) * gi * gi)
        .collect();
    (m1, v1)
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (b1, b2) = (Scalar::frac(9, 10), Scalar::frac(999, 1000));
    let lr = *rng.pick(&[
        Scalar::frac(1, 10),
        Scalar::frac(1, 100),
        Scalar::frac(1, 20),
    ]);
    Ok(match level {
        1 => Params {
            theta: ints(rng, 1, -3, 3),
            m: vec![Scalar::ZERO],
            v: vec![Scalar::ZERO],
            g: nonzero(rng, 1, -6, 6),
            t: 1,
            lr,
            beta1: b1,
            beta2: b2,
            eps: 1e-8,
        },
        2 | 3 => {
            let (n, before) = if level == 2 { (1, 2) } else { (2, 1) };
            let earlier: Vec<Vec<Scalar>> = (0..before).map(|_| nonzero(rng, n, -5, 5)).collect();
            let (m, v) = moments_after(&earlier, b1, b2);
            Params {
                theta: ints(rng, n, -3, 3),
                m,
                v,
                g: nonzero(rng, n, -5, 5),
                t: before as u32 + 1,
                lr,
                beta1: b1,
                beta2: b2,
                eps: 0.1,
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

/// How a learner may take the step.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    Torch,
    NoCorrection,
    Keras,
    Swapped,
}

/// The moments and θ after the step under `form`.
fn step(p: &Params, form: Form) -> (Vec<Scalar>, Vec<Scalar>, Vec<f64>) {
    let (b1, b2) = if form == Form::Swapped {
        (p.beta2, p.beta1)
    } else {
        (p.beta1, p.beta2)
    };
    let (m, v) = moments(&p.m, &p.v, &p.g, b1, b2);
    let t = p.t as i32;
    let c1 = 1.0 - p.beta1.to_f64().powi(t);
    let c2 = 1.0 - p.beta2.to_f64().powi(t);
    let lr = p.lr.to_f64();
    let theta = (0..p.theta.len())
        .map(|i| {
            let (mi, vi) = (m[i].to_f64(), v[i].to_f64());
            let delta = match form {
                Form::Torch | Form::Swapped => lr * (mi / c1) / ((vi / c2).sqrt() + p.eps),
                Form::NoCorrection => lr * mi / (vi.sqrt() + p.eps),
                Form::Keras => lr * c2.sqrt() / c1 * mi / (vi.sqrt() + p.eps),
            };
            p.theta[i].to_f64() - delta
        })
        .collect();
    (m, v, theta)
}

fn real(x: f64) -> Scalar {
    tidy(Scalar::Real(x))
}

/// The answer under `form`: θ₁ at level 1, [m, v, θ] at level 2, the θ vector at level 3.
fn answer_value(level: u8, p: &Params, form: Form) -> Value {
    let (m, v, theta) = step(p, form);
    match level {
        1 => Value::Scalar(real(theta[0])),
        2 => Value::Vector(vec![
            real(m[0].to_f64()),
            real(v[0].to_f64()),
            real(theta[0]),
        ]),
        _ => Value::Vector(theta.into_iter().map(real).collect()),
    }
}

/// `0.9·0.5 + 0.1·4` for β·old + (1 − β)·new (with new squared for v).
fn moment_text(beta: Scalar, old: Scalar, g: Scalar, square: bool) -> String {
    let new = if square {
        format!("{}²", factor(shown(g)))
    } else {
        factor(shown(g))
    };
    format!(
        "{}·{} + {}·{new}",
        num(shown(beta)),
        factor(shown(old)),
        num(shown(Scalar::ONE - beta))
    )
}

fn build(level: u8, p: &Params) -> Result<Draft, GenError> {
    let value = answer_value(level, p, Form::Torch);
    let answer = match &value {
        Value::Scalar(x) => AnswerSpec::scalar(*x),
        v => AnswerSpec::entrywise(v.clone()),
    };
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "no_bias_correction",
        answer_value(level, p, Form::NoCorrection),
        "That step uses m and v without the bias correction. Both start at 0, so early on \
         they are too small: divide by 1 − β₁^t and 1 − β₂^t first (m̂, v̂).",
    )?;
    let keras = "That adds ε to √v before the bias correction, as Keras does (its ε̂ = 1e-7, \
         the correction folded into lr_t = lr·√(1 − β₂^t)/(1 − β₁^t)). torch, stated here, adds ε \
         to √(v̂).";
    if level == 1 {
        mistakes.optional("keras_epsilon", answer_value(level, p, Form::Keras), keras);
    } else {
        mistakes.require("keras_epsilon", answer_value(level, p, Form::Keras), keras)?;
    }
    mistakes.require(
        "betas_swapped",
        answer_value(level, p, Form::Swapped),
        "β₁ and β₂ are swapped: the first moment m uses β₁ (m ← β₁m + (1 − β₁)g), the second \
         moment v uses β₂ (v ← β₂v + (1 − β₂)g²).",
    )?;
    let sgd: Vec<Scalar> = (0..p.theta.len())
        .map(|i| real(p.theta[i].to_f64() - p.lr.to_f64() * p.g[i].to_f64()))
        .collect();
    if level != 2 {
        mistakes.optional(
            "plain_sgd_step",
            if level == 1 {
                Value::Scalar(sgd[0])
            } else {
                Value::Vector(sgd)
            },
            "That is a plain gradient step θ − lr·g. Adam steps by lr·m̂/(√(v̂) + ε): about lr in \
             each coordinate, whatever the size of g.",
        );
    }

    let n = p.theta.len();
    let t = p.t;
    let (tp, tc) = (sub(t as usize - 1), sub(t as usize));
    let eps = if p.eps == 1e-8 {
        "1e-8".to_string()
    } else {
        sig(p.eps)
    };
    let what = match level {
        1 => "θ₁".to_string(),
        2 => format!("[m{tc}, v{tc}, θ{tc}]"),
        _ => format!("θ{tc} (both coordinates, as a vector)"),
    };
    let state = if t == 1 {
        format!("θ₀ = {}, m₀ = v₀ = 0", values(&p.theta))
    } else {
        format!(
            "θ{tp} = {}, m{tp} = {}, v{tp} = {}",
            values(&p.theta),
            tuple(&p.m.iter().map(|&x| exact_decimal(x)).collect::<Vec<_>>()),
            tuple(&p.v.iter().map(|&x| exact_decimal(x)).collect::<Vec<_>>())
        )
    };
    let eps_note = if level == 1 {
        String::new()
    } else {
        " (larger than the default 1e-8, so that where it is added matters)".to_string()
    };
    let prompt = vec![
        Line::text(
            "Adam in torch's convention (torch.optim.Adam): with the gradient g of step t, \
             m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁^t), v̂ = v/(1 − β₂^t), \
             θ ← θ − lr·m̂/(√(v̂) + ε).",
        ),
        Line::text(format!(
            "Take step t = {t} with lr = {}, β₁ = 0.9, β₂ = 0.999, ε = {eps}{eps_note}, from \
             {state}, where the gradient is g = {}. Give {what} (4 significant figures).",
            num(shown(p.lr)),
            values(&p.g)
        )),
    ];

    let (m, v, theta) = step(p, Form::Torch);
    let c1 = 1.0 - 0.9f64.powi(t as i32);
    let c2 = 1.0 - 0.999f64.powi(t as i32);
    let sq = superscript(t);
    let mut solution = Vec::new();
    let mut hints = vec![format!(
        "Update the moments first: m{tc} = 0.9·m{tp} + 0.1·g and v{tc} = 0.999·v{tp} + \
         0.001·g², then divide by 1 − 0.9{sq} = {} and 1 − 0.999{sq} = {}.",
        sig(c1),
        sig(c2)
    )];
    let mut last_hint = Vec::new();
    for i in 0..n {
        let name = |s: &str| {
            if n == 1 {
                s.to_string()
            } else {
                format!("{s}[{}]", i + 1)
            }
        };
        let (mh, vh) = (m[i].to_f64() / c1, v[i].to_f64() / c2);
        if n > 1 {
            solution.push(Line::text(format!("Coordinate {}:", i + 1)));
        }
        solution.push(math_line(&chain(
            &name(&format!("m{tc}")),
            &[
                moment_text(p.beta1, p.m[i], p.g[i], false),
                exact_decimal(m[i]),
            ],
        )));
        solution.push(math_line(&chain(
            &name(&format!("v{tc}")),
            &[
                moment_text(p.beta2, p.v[i], p.g[i], true),
                exact_decimal(v[i]),
            ],
        )));
        solution.push(math_line(&chain(
            &name("m̂"),
            &[format!("{}/{}", exact_decimal(m[i]), sig(c1)), sig(mh)],
        )));
        solution.push(math_line(&chain(
            &name("v̂"),
            &[format!("{}/{}", exact_decimal(v[i]), sig(c2)), sig(vh)],
        )));
        let sub_text = format!(
            "{} − {}·{}/(√{} + {eps})",
            num(shown(p.theta[i])),
            num(shown(p.lr)),
            factor(tidy(Scalar::Real(mh))),
            sig(vh)
        );
        solution.push(math_line(&chain(
            &name(&format!("θ{tc}")),
            &[sub_text.clone(), num(real(theta[i]))],
        )));
        last_hint.push(format!("{} = {sub_text}", name(&format!("θ{tc}"))));
        if t == 1 && i == 0 {
            hints.push(
                "At t = 1 the correction undoes the zero start: m̂ = g and v̂ = g², so the step \
                 is lr·g/(|g| + ε), about lr in the direction of −g."
                    .to_string(),
            );
        }
    }
    if n > 1 || level == 2 {
        solution.push(Line::text("The answer: ").v(value.clone()));
    }
    if t > 1 {
        hints.push(format!(
            "m{tc} = {} and v{tc} = {}; m̂ and v̂ divide them by {} and {}.",
            tuple(&m.iter().map(|&x| exact_decimal(x)).collect::<Vec<_>>()),
            tuple(&v.iter().map(|&x| exact_decimal(x)).collect::<Vec<_>>()),
            sig(c1),
            sig(c2)
        ));
    }
    hints.push(format!("The step: {}.", last_hint.join("; ")));
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for AdamStep {
    fn id(&self) -> &'static str {
        "ml.adam_step"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::common::{f64s, floats};
    use super::*;
    use crate::exercises::common::testing::{Seen, soundness_with};
    use crate::math::optim::{Adam, AdamConvention, Update};

    #[test]
    fn adam_steps_match_the_library_from_the_same_state() {
        let mut seen = Seen::default();
        soundness_with(&AdamStep, &[1, 2, 3], draw, build, |level, p, d, ctx| {
            seen.note(d);
            // The library's Adam, put in the state of the prompt (m, v after t − 1 steps).
            let adam = Adam::with(p.lr.to_f64(), 0.9, 0.999, p.eps, AdamConvention::Torch).unwrap();
            let mut adam = adam.with_state(f64s(&p.m), f64s(&p.v), p.t - 1);
            let mut x = f64s(&p.theta);
            adam.update(&mut x, &f64s(&p.g));
            let (m, v) = adam.moments();
            let want: Vec<f64> = match level {
                2 => vec![m[0], v[0], x[0]],
                _ => x.clone(),
            };
            let got = floats(&d.answer.expected);
            assert_eq!(got.len(), want.len(), "{ctx}");
            for (g, w) in got.iter().zip(&want) {
                assert!(
                    (g - w).abs() < 1e-10 * w.abs().max(1.0),
                    "{ctx}: {got:?} {want:?}"
                );
            }
            // Level 1: the first step is lr·sign(g) to about ε/|g| relative.
            if level == 1 {
                let moved = p.theta[0].to_f64() - got[0];
                let lr = p.lr.to_f64();
                assert!(
                    (moved - lr * p.g[0].to_f64().signum()).abs() < 2e-8 * lr,
                    "{ctx}"
                );
            }
            assert_eq!(p.t, [1, 3, 2][level as usize - 1], "{ctx}");
            assert_eq!(x.len(), if level == 3 { 2 } else { 1 }, "{ctx}");
            assert!(
                f64s(&p.g).iter().all(|g| g.abs() <= 6.0 && *g != 0.0),
                "{ctx}"
            );
            let last = d.hints.last().unwrap();
            assert!(last.starts_with("The step: θ"), "{ctx}: {last}");
            assert!(last.contains("/(√"), "{ctx}: {last}");
        });
        seen.assert_exactly(&[
            "no_bias_correction",
            "keras_epsilon",
            "betas_swapped",
            "plain_sgd_step",
        ]);
    }
}
