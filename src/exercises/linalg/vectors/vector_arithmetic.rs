//! `la.vector_arithmetic`: a linear combination of vectors, entry by entry.
//!
//! Level 1: `a·u + b·v` in 2 or 3 dimensions, `a ∈ 2..4`, `b ∈ ±1..4` (`b ≠ 1`), entries −6..6.
//! Level 2: `a·u + b·v` in 3 or 4 dimensions, `a, b ∈ ±(2..5)` with at least one negative,
//! entries −7..7.
//! Level 3: `a·u + b·v − w` in 3 or 4 dimensions, `a, b ∈ ±(2..5)`, entries −6..6.

use super::helpers::nonzero_count;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::linalg::common::{
    Mistakes, chain, draw_ints, num, product_sum, scalars, sub, value_sum, vector_text,
};
use crate::exercises::linalg::text::linear_combination;
use crate::math::Scalar;
use crate::math::linalg::vector_ops::scale;

pub struct VectorArithmetic;

/// One term `k·name` of the combination.
struct Term {
    coef: i64,
    name: &'static str,
    vector: Vec<Scalar>,
}

impl Term {
    /// The term as written in the combination: `3u`, `−v`.
    fn text(&self) -> String {
        linear_combination(&[Scalar::int(self.coef)], &[self.name], "")
    }
}

/// `Σ kᵢ·vᵢ` for the given coefficients (one per term).
fn combine(terms: &[Term], coefs: &[i64]) -> Vec<Scalar> {
    let n = terms[0].vector.len();
    (0..n)
        .map(|i| {
            terms
                .iter()
                .zip(coefs)
                .fold(Scalar::ZERO, |s, (t, &k)| s + Scalar::int(k) * t.vector[i])
        })
        .collect()
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Vec<Term>, GenError> {
    let big = |rng: &mut DrillRng| rng.sign() * rng.int(2, 5);
    let (dim, bound, a, b) = match level {
        1 => (
            2 + rng.index(2),
            6,
            rng.int(2, 4),
            *rng.pick(&[-4, -3, -2, -1, 2, 3, 4]),
        ),
        2 => {
            let (a, b) = (big(rng), big(rng));
            if a > 0 && b > 0 {
                return Err(GenError::Redraw("no subtraction"));
            }
            (3 + rng.index(2), 7, a, b)
        }
        3 => (3 + rng.index(2), 6, big(rng), big(rng)),
        l => return Err(GenError::Level(l)),
    };
    let mut terms = vec![
        Term {
            coef: a,
            name: "u",
            vector: draw_ints(rng, dim, -bound, bound),
        },
        Term {
            coef: b,
            name: "v",
            vector: draw_ints(rng, dim, -bound, bound),
        },
    ];
    if level == 3 {
        terms.push(Term {
            coef: -1,
            name: "w",
            vector: draw_ints(rng, dim, -bound, bound),
        });
    }
    if terms.iter().any(|t| nonzero_count(&t.vector) + 1 < dim) {
        return Err(GenError::Redraw("a vector is too sparse"));
    }
    Ok(terms)
}

impl Exercise for VectorArithmetic {
    fn id(&self) -> &'static str {
        "la.vector_arithmetic"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let terms = draw(level, rng)?;
        let coefs: Vec<i64> = terms.iter().map(|t| t.coef).collect();
        let result = combine(&terms, &coefs);
        let names: Vec<&str> = terms.iter().map(|t| t.name).collect();
        let expression = linear_combination(&scalars(&coefs), &names, "");
        let answer = AnswerSpec::entrywise(result.clone());

        let mut mistakes = Mistakes::new(&answer.expected);
        // The last subtracted term, added instead.
        if let Some(k) = coefs.iter().rposition(|&k| k < 0) {
            let mut flipped = coefs.clone();
            flipped[k] = -coefs[k];
            let t = &terms[k];
            mistakes.require(
                "sign_slip",
                combine(&terms, &flipped),
                format!(
                    "The term {} was added instead of subtracted. Subtracting a vector subtracts \
                     every one of its entries (and minus a negative entry is plus).",
                    t.text()
                ),
            )?;
        }
        for (k, name) in [(0, "forgot_to_scale_u"), (1, "forgot_to_scale_v")] {
            if coefs[k].abs() == 1 {
                continue;
            }
            let mut unscaled = coefs.clone();
            unscaled[k] = coefs[k].signum();
            let t = &terms[k];
            mistakes.optional(
                name,
                combine(&terms, &unscaled),
                format!(
                    "{} was not multiplied by {}: scale every entry of {} first, then add the \
                     vectors entry by entry.",
                    t.name,
                    num(Scalar::int(t.coef.abs())),
                    t.name
                ),
            );
        }

        let mut given = Line::new();
        for (k, t) in terms.iter().enumerate() {
            if k > 0 {
                given = given.t(",   ");
            }
            given = given.m(format!("{} = ", t.name)).v(t.vector.clone());
        }
        let prompt = vec![
            Line::text(format!("Compute {expression} for")),
            given,
            Line::text("Give the answer as a vector, e.g. [1, -2, 3]."),
        ];

        let mut solution = vec![Line::text(
            "Scale each vector by its coefficient (sign included), then add entry by entry:",
        )];
        for t in &terms {
            solution.push(
                Line::new()
                    .m(format!("{} = ", t.text()))
                    .v(scale(Scalar::int(t.coef), &t.vector)),
            );
        }
        let entry_steps = |i: usize| {
            let pairs: Vec<(Scalar, Scalar)> = terms
                .iter()
                .map(|t| (Scalar::int(t.coef), t.vector[i]))
                .collect();
            let values: Vec<Scalar> = pairs.iter().map(|&(k, x)| k * x).collect();
            vec![product_sum(&pairs), value_sum(&values), num(result[i])]
        };
        for i in 0..result.len() {
            solution.push(Line::math(chain(
                &format!("({expression}){}", sub(i + 1)),
                &entry_steps(i),
            )));
        }
        solution.push(Line::new().m(format!("{expression} = ")).v(result.clone()));

        // The catalog says how; these hints carry this problem's numbers, the last one every
        // scaled vector (what is left is adding them).
        let scaled: Vec<String> = terms
            .iter()
            .map(|t| {
                format!(
                    "{} = {}",
                    t.text(),
                    vector_text(&scale(Scalar::int(t.coef), &t.vector))
                )
            })
            .collect();
        let hints = vec![
            format!("The first entry is {}.", entry_steps(0)[0]),
            format!("Scaled: {}; add them entry by entry.", scaled.join(", ")),
        ];

        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{f64_vector, prompt_vectors, soundness};
    use super::*;
    use crate::expr::Value;
    use nalgebra::DVector;

    #[test]
    fn combinations_are_right_bounded_and_mistakes_distinct() {
        let (mut sign_slips, mut total) = (0, 0);
        soundness(&VectorArithmetic, &[1, 2, 3], |level, d, ctx| {
            let vectors = prompt_vectors(d);
            assert_eq!(vectors.len(), if level == 3 { 3 } else { 2 }, "{ctx}");
            let dim = vectors[0].len();
            let expected_dims = if level == 1 { [2, 3] } else { [3, 4] };
            assert!(expected_dims.contains(&dim), "{ctx}");
            // Read the coefficients back from the prompt's expression.
            let text = match &d.prompt[0].0[0] {
                crate::engine::Piece::Text(t) => t.clone(),
                _ => panic!("{ctx}"),
            };
            let coefs = parse_coefficients(&text);
            assert_eq!(coefs.len(), vectors.len(), "{ctx}: {text}");
            let reference = vectors
                .iter()
                .zip(&coefs)
                .fold(DVector::zeros(dim), |s, (v, &k)| s + f64_vector(v) * k);
            let Value::Vector(got) = &d.answer.expected else {
                panic!("{ctx}")
            };
            assert!(got.iter().all(|x| x.as_integer().is_some()), "{ctx}");
            assert!((f64_vector(got) - reference).abs().max() < 1e-9, "{ctx}");
            // The last hint is the last step: every scaled vector, to be added.
            let last = d.hints.last().unwrap();
            for (v, &k) in vectors.iter().zip(&coefs) {
                let scaled = scale(Scalar::int(k as i64), v);
                assert!(last.contains(&vector_text(&scaled)), "{ctx}: {last}");
            }
            let bound = [6.0, 7.0, 6.0][level as usize - 1];
            assert!(
                vectors.iter().flatten().all(|x| x.to_f64().abs() <= bound),
                "{ctx}"
            );
            assert!(coefs.iter().any(|&k| k < 0.0) || level == 1, "{ctx}");
            sign_slips += usize::from(d.mistakes.iter().any(|m| m.name == "sign_slip"));
            total += 1;
        });
        assert!(sign_slips * 10 > total * 7, "{sign_slips} of {total}");
    }

    /// `3u − 2v − w` → `[3, −2, −1]`.
    fn parse_coefficients(text: &str) -> Vec<f64> {
        let expr = text
            .trim_start_matches("Compute ")
            .trim_end_matches(" for")
            .replace(" − ", " -")
            .replace(" + ", " +")
            .replace('−', "-");
        expr.split_whitespace()
            .map(|term| {
                let digits = term.trim_end_matches(['u', 'v', 'w']);
                match digits {
                    "" | "+" => 1.0,
                    "-" => -1.0,
                    d => d.trim_start_matches('+').parse().unwrap(),
                }
            })
            .collect()
    }

    #[test]
    fn coefficients_read_back() {
        assert_eq!(
            parse_coefficients("Compute 3u − 2v − w for"),
            [3.0, -2.0, -1.0]
        );
        assert_eq!(parse_coefficients("Compute −4u + v for"), [-4.0, 1.0]);
    }
}
