//! `calc.computation_graph`: backpropagation by hand through a tiny computation graph: the
//! forward values, then one adjoint `df/dx` computed backwards node by node.
//!
//! Level 1: two nodes (`q = x + y, f = q·z` and its relatives), inputs nonzero integers in
//! −5..5. Level 2: three nodes with a square or an exponential, and the asked input used twice
//! (its two paths add up); inputs nonzero in −3..3, the exponent within ±2. Level 3: a neuron
//! `z = w₁x₁ + w₂x₂ + b, a = σ(z)` with the squared-error loss `L = (a − t)²`; the adjoint of a
//! weight or of the bias. Real answers (through `exp` and `σ`) are asked to 4 significant
//! figures.
//!
//! Named mistakes: a local derivative missing (only the upstream gradients), the local
//! derivatives added instead of multiplied along a path, one path only for an input used twice,
//! the product rule's factors swapped (`d(a·b)/da = a`), `σ(z)` for its derivative, and the
//! square's derivative without its 2.

use super::graph::{Graph, Op, Slip, missing_local, one_path, summed_along_paths};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, num};
use crate::math::Scalar;

pub struct ComputationGraph;

/// A graph and the input whose adjoint is asked.
struct Template {
    graph: Graph,
    asked: usize,
}

/// The template of the graph of `names` and `ops` (the inputs' `None` first), asking about
/// the input `asked`.
const fn template(
    names: &'static [&'static str],
    ops: &'static [Option<Op>],
    asked: usize,
) -> Template {
    Template {
        graph: Graph { names, ops },
        asked,
    }
}

/// Level 1's nodes: three inputs, one middle node, the output.
const XYZ_Q_F: &[&str] = &["x", "y", "z", "q", "f"];
/// Level 2's nodes: two inputs, two middle nodes, the output.
const XY_QR_F: &[&str] = &["x", "y", "q", "r", "f"];

/// `q = x + y, f = q·z` (CS231n's example).
pub(super) const CLASSIC: Graph = Graph {
    names: XYZ_Q_F,
    ops: &[
        None,
        None,
        None,
        Some(Op::Sum(&[0, 1])),
        Some(Op::Mul(3, 2)),
    ],
};

/// `q = x·y, r = q + x, f = r²`, that is `f = (xy + x)²`: x is used twice.
pub(super) const TWICE: Graph = Graph {
    names: XY_QR_F,
    ops: &[
        None,
        None,
        Some(Op::Mul(0, 1)),
        Some(Op::Sum(&[2, 0])),
        Some(Op::Square(3)),
    ],
};

const LEVEL1: &[Template] = &[
    Template {
        graph: CLASSIC,
        asked: 0,
    },
    template(
        XYZ_Q_F,
        &[
            None,
            None,
            None,
            Some(Op::Mul(0, 1)),
            Some(Op::Sum(&[3, 2])),
        ],
        0,
    ),
    template(
        XYZ_Q_F,
        &[None, None, None, Some(Op::Mul(0, 1)), Some(Op::Mul(3, 2))],
        0,
    ),
    template(
        XYZ_Q_F,
        &[None, None, None, Some(Op::Sub(0, 1)), Some(Op::Mul(3, 2))],
        1,
    ),
];

const LEVEL2: &[Template] = &[
    // f = (xy + x)²
    Template {
        graph: TWICE,
        asked: 0,
    },
    // f = exp(xy + y)
    template(
        XY_QR_F,
        &[
            None,
            None,
            Some(Op::Mul(0, 1)),
            Some(Op::Sum(&[2, 1])),
            Some(Op::Exp(3)),
        ],
        1,
    ),
    // f = xy·(x + y)
    template(
        &["x", "y", "p", "q", "f"],
        &[
            None,
            None,
            Some(Op::Mul(0, 1)),
            Some(Op::Sum(&[0, 1])),
            Some(Op::Mul(2, 3)),
        ],
        0,
    ),
    // f = ((x + y)·x)²
    template(
        XY_QR_F,
        &[
            None,
            None,
            Some(Op::Sum(&[0, 1])),
            Some(Op::Mul(2, 0)),
            Some(Op::Square(3)),
        ],
        0,
    ),
];

/// The neuron of level 3: inputs `x₁, x₂, w₁, w₂, b, t`, then `p₁ = w₁·x₁, p₂ = w₂·x₂,
/// z = p₁ + p₂ + b, a = σ(z), r = a − t, L = r²`.
const NEURON: Graph = Graph {
    names: &[
        "x₁", "x₂", "w₁", "w₂", "b", "t", "p₁", "p₂", "z", "a", "r", "L",
    ],
    ops: &[
        None,
        None,
        None,
        None,
        None,
        None,
        Some(Op::Mul(2, 0)),
        Some(Op::Mul(3, 1)),
        Some(Op::Sum(&[6, 7, 4])),
        Some(Op::Sigmoid(8)),
        Some(Op::Sub(9, 5)),
        Some(Op::Square(10)),
    ],
};

#[derive(Clone, Debug)]
pub struct Params {
    /// The template's index in its level's list (level 3 has one graph).
    pub template: usize,
    /// The input asked about (level 3: `w₁`, `w₂` or `b`).
    pub asked: usize,
    pub inputs: Vec<Scalar>,
}

fn graph(level: u8, q: &Params) -> Graph {
    match level {
        1 => LEVEL1[q.template].graph,
        2 => LEVEL2[q.template].graph,
        _ => NEURON,
    }
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let s = Scalar::int;
    let (template, asked, inputs) = match level {
        1 => {
            let t = rng.index(LEVEL1.len());
            let xs = (0..3).map(|_| s(rng.nonzero_int(-5, 5))).collect();
            (t, LEVEL1[t].asked, xs)
        }
        2 => {
            let t = rng.index(LEVEL2.len());
            let xs = (0..2).map(|_| s(rng.nonzero_int(-3, 3))).collect();
            (t, LEVEL2[t].asked, xs)
        }
        3 => {
            let x1 = s(rng.nonzero_int(-3, 3));
            let x2 = s(rng.nonzero_int(-3, 3));
            let w1 = Scalar::frac(rng.nonzero_int(-4, 4), 2);
            let w2 = Scalar::frac(rng.nonzero_int(-4, 4), 2);
            let b = s(rng.int(-1, 1));
            let t = s(rng.int(0, 1));
            let asked = *rng.pick(&[2, 3, 4]);
            (0, asked, vec![x1, x2, w1, w2, b, t])
        }
        l => return Err(GenError::Level(l)),
    };
    Ok(Params {
        template,
        asked,
        inputs,
    })
}

pub fn build(level: u8, q: &Params) -> Result<Draft, GenError> {
    let g = graph(level, q);
    let v = g.forward(&q.inputs);
    let out = g.output();
    let too_big = v.iter().any(|x| x.to_f64().abs() > 400.0);
    let exponent =
        (0..v.len()).any(|n| matches!(g.ops[n], Some(Op::Exp(a)) if v[a].to_f64().abs() > 2.0));
    let flat = level == 3 && (v[8].to_f64().abs() > 3.0 || v[10].to_f64().abs() < 0.05);
    if too_big || exponent || flat {
        return Err(GenError::Redraw("values too large or a flat sigmoid"));
    }
    let adj = g.backward(&v, Slip::None);
    let x = q.asked;
    let answer_value = adj[x];
    if answer_value.is_zero() || answer_value.to_f64().abs() < 1e-3 {
        return Err(GenError::Redraw("a zero gradient"));
    }
    let answer = AnswerSpec::scalar(answer_value);
    let (xn, fname) = (g.names[x], g.names[out]);
    let consumers = g.consumers(x);
    let locals: Vec<String> = consumers
        .iter()
        .map(|&c| format!("d{}/d{xn}", g.names[c]))
        .collect();

    let mut ms = Mistakes::new(&answer.expected);
    if let Some(v1) = one_path(&g, &v, &adj, x) {
        ms.require(
            "one_path",
            v1,
            format!(
                "That follows only one of the paths from {xn}. {xn} is used by {} nodes, \
                 {}: its adjoint adds one term per path.",
                consumers.len(),
                consumers
                    .iter()
                    .map(|&c| g.names[c])
                    .collect::<Vec<_>>()
                    .join(" and ")
            ),
        )?;
    }
    if level == 3 {
        ms.require(
            "sigmoid_value",
            g.backward(&v, Slip::SigmoidValue)[x],
            "The local derivative of a = σ(z) is not σ(z) itself: it is σ(z)(1 − σ(z)) = \
             a(1 − a).",
        )?;
        ms.require(
            "square_without_two",
            g.backward(&v, Slip::SquareWithoutTwo)[x],
            "The 2 of the square is missing: dL/dr for L = r² is 2r, not r.",
        )?;
    } else {
        ms.optional(
            "square_without_two",
            g.backward(&v, Slip::SquareWithoutTwo)[x],
            format!("The 2 of the square is missing: the derivative of {fname} = r² is 2r."),
        );
    }
    ms.optional(
        "missing_local",
        missing_local(&g, &adj, x),
        format!(
            "That is only the upstream gradient: multiply it by the local {} {} of the last \
             step as well.",
            if locals.len() > 1 {
                "derivatives"
            } else {
                "derivative"
            },
            locals.join(" and ")
        ),
    );
    ms.optional(
        "summed_along_path",
        summed_along_paths(&g, &v, x),
        "Along a path the chain rule multiplies the local derivatives; only separate paths \
         are added.",
    );
    ms.optional(
        "swapped_product",
        g.backward(&v, Slip::SwappedProduct)[x],
        "Check the product nodes: the local derivative of a product with respect to one \
         factor is the other factor, not the same one.",
    );

    let given: Vec<String> = (0..q.inputs.len())
        .map(|i| format!("{} = {}", g.names[i], num(q.inputs[i])))
        .collect();
    let real = !answer_value.is_exact();
    let precision = if real {
        ", to 4 significant figures"
    } else {
        ""
    };
    let mut prompt = vec![if level == 3 {
        Line::text("A neuron with a squared-error loss (σ(z) = 1/(1 + e^(−z)), the sigmoid):")
    } else {
        Line::text("A computation graph:")
    }];
    prompt.push(Line::math(g.equations().join(",   ")));
    prompt.push(Line::text("with ").m(given.join(", ")).t("."));
    prompt.push(
        Line::text("Compute the forward values, then ")
            .m(g.adjoint_name(x))
            .t(format!(
                " (the derivative of {fname} with respect to {xn}, the other inputs held \
                 fixed) by going backwards through the graph{precision}."
            )),
    );

    let forward = g.forward_lines(&v);
    let backward = g.backward_lines(&v, &adj, x);
    let mut solution = vec![Line::text("Forward, input to output:")];
    solution.extend(forward.iter().map(|l| Line::math(l.clone())));
    solution.push(Line::text("Backward, from the output: each adjoint is the sum over the nodes that use it of their adjoint times the local derivative."));
    solution.extend(backward.iter().map(|l| Line::math(l.clone())));

    let values: Vec<String> = (q.inputs.len()..=out)
        .map(|n| format!("{} = {}", g.names[n], num(v[n])))
        .collect();
    let upstream: Vec<String> = consumers
        .iter()
        .map(|&c| format!("{} = {}", g.adjoint_name(c), num(adj[c])))
        .collect();
    let hints = vec![
        format!("Forward: {}.", values.join(", ")),
        format!(
            "Going back, {}: multiply by {} and add the terms.",
            upstream.join(" and "),
            locals.join(" and ")
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

impl Exercise for ComputationGraph {
    fn id(&self) -> &'static str {
        "calc.computation_graph"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, last_hint, soundness_with};

    fn sig(z: f64) -> f64 {
        1.0 / (1.0 + (-z).exp())
    }

    /// The graph's output as one closed-form f64 function of the inputs, written out by hand
    /// per template (independent of the graph code).
    fn closed_form(level: u8, t: usize, x: &[f64]) -> f64 {
        match (level, t) {
            (1, 0) => (x[0] + x[1]) * x[2],
            (1, 1) => x[0] * x[1] + x[2],
            (1, 2) => x[0] * x[1] * x[2],
            (1, 3) => (x[0] - x[1]) * x[2],
            (2, 0) => (x[0] * x[1] + x[0]).powi(2),
            (2, 1) => (x[0] * x[1] + x[1]).exp(),
            (2, 2) => x[0] * x[1] * (x[0] + x[1]),
            (2, 3) => ((x[0] + x[1]) * x[0]).powi(2),
            _ => (sig(x[2] * x[0] + x[3] * x[1] + x[4]) - x[5]).powi(2),
        }
    }

    #[test]
    fn adjoints_match_a_central_difference_of_the_closed_form() {
        let mut seen = Seen::default();
        soundness_with(
            &ComputationGraph,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                let x: Vec<f64> = q.inputs.iter().map(Scalar::to_f64).collect();
                let h = 1e-5;
                let (mut up, mut down) = (x.clone(), x.clone());
                up[q.asked] += h;
                down[q.asked] -= h;
                let fd = (closed_form(level, q.template, &up)
                    - closed_form(level, q.template, &down))
                    / (2.0 * h);
                let got = answer_f64(d);
                assert!(
                    (got - fd).abs() < 1e-6 * fd.abs().max(1.0),
                    "{ctx}: {got} vs {fd}"
                );
                // Level 3 also against the textbook formula 2(a − t)·a(1 − a)·dz/dθ.
                if level == 3 {
                    let z = x[2] * x[0] + x[3] * x[1] + x[4];
                    let a = sig(z);
                    let dz = [x[0], x[1], 1.0][q.asked - 2];
                    let want = 2.0 * (a - x[5]) * a * (1.0 - a) * dz;
                    assert!((got - want).abs() < 1e-12, "{ctx}");
                    assert!(z.abs() <= 3.0, "{ctx}");
                }
                let bound = [5.0, 3.0, 3.0][level as usize - 1];
                assert!(x.iter().all(|v| v.abs() <= bound), "{ctx}");
                assert!(last_hint(d).starts_with("Going back"), "{ctx}");
                if level == 2 {
                    assert!(d.mistakes.iter().any(|m| m.name == "one_path"), "{ctx}");
                }
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "one_path",
            "sigmoid_value",
            "square_without_two",
            "missing_local",
            "summed_along_path",
            "swapped_product",
        ]);
    }
}
