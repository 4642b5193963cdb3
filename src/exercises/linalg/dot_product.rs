//! `la.dot_product`: compute u·v.
//!
//! Level 1: length 3 with entries 0..9. Level 2: length 4 with entries −9..9 and at least one
//! negative product. Level 3: either length 5 with entries −12..12, or length 3–4 where u has
//! fractional entries `n/d` (d ∈ {2, 3, 4}, exact rationals) and v has integer entries −8..8.

use super::common::{Mistakes, chain, draw_ints, num, product_sum, sub, vector_text};
use super::text::dot_steps;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::Scalar;

pub struct DotProduct;

/// The vectors `(u, v)` for a level.
fn draw(level: u8, rng: &mut DrillRng) -> Result<(Vec<Scalar>, Vec<Scalar>), GenError> {
    Ok(match level {
        1 => (draw_ints(rng, 3, 0, 9), draw_ints(rng, 3, 0, 9)),
        2 => (draw_ints(rng, 4, -9, 9), draw_ints(rng, 4, -9, 9)),
        3 if rng.chance(1, 2) => (draw_ints(rng, 5, -12, 12), draw_ints(rng, 5, -12, 12)),
        3 => {
            let len = 3 + rng.index(2);
            let d = *rng.pick(&[2, 3, 4]);
            let u: Vec<Scalar> = (0..len)
                .map(|_| Scalar::frac(rng.int(-3 * d, 3 * d), d))
                .collect();
            if u.iter().all(|x| x.as_integer().is_some()) {
                return Err(GenError::Redraw("no fractional entry"));
            }
            (u, draw_ints(rng, len, -8, 8))
        }
        l => return Err(GenError::Level(l)),
    })
}

impl Exercise for DotProduct {
    fn id(&self) -> &'static str {
        "la.dot_product"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (u, v) = draw(level, rng)?;
        let pairs: Vec<(Scalar, Scalar)> = u.iter().copied().zip(v.iter().copied()).collect();
        let products: Vec<Scalar> = pairs.iter().map(|&(x, y)| x * y).collect();
        if products.iter().filter(|p| !p.is_zero()).count() < 2 {
            return Err(GenError::Redraw("fewer than two nonzero products"));
        }
        if level >= 2 && !products.iter().any(|p| p.to_f64() < 0.0) {
            return Err(GenError::Redraw("no negative product"));
        }
        let dot = products.iter().fold(Scalar::ZERO, |s, &p| s + p);
        let answer = AnswerSpec::scalar(dot);

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.optional(
            "elementwise_product",
            products.clone(),
            "That is the vector of products u₁v₁, u₂v₂, …. The dot product is one number: add \
             those products up.",
        );
        mistakes.optional(
            "sum_of_sums",
            pairs.iter().fold(Scalar::ZERO, |s, &(x, y)| s + x + y),
            "That adds all the entries, Σ(uᵢ + vᵢ). The dot product multiplies matching entries \
             first, then adds the products: Σ uᵢvᵢ.",
        );
        mistakes.optional(
            "forgot_sign",
            products.iter().fold(Scalar::ZERO, |s, &p| s + p.abs()),
            "Some products lost their minus sign: a negative entry times a positive one gives a \
             negative product, which is subtracted.",
        );

        let n = u.len();
        let prompt = vec![
            Line::text("Compute the dot product u·v of"),
            Line::new()
                .m("u = ")
                .v(u.clone())
                .t(",   ")
                .m("v = ")
                .v(v.clone()),
        ];
        let symbolic = (1..=n)
            .map(|i| format!("u{}v{}", sub(i), sub(i)))
            .collect::<Vec<_>>()
            .join(" + ");
        let solution = vec![
            Line::text(format!(
                "Multiply the {n} pairs of matching entries of u = {} and v = {}, then add:",
                vector_text(&u),
                vector_text(&v)
            )),
            Line::math(chain("u·v", &[vec![symbolic], dot_steps(&u, &v)].concat())),
        ];
        let hints = vec![
            format!(
                "The first product is u₁v₁ = {} = {}.",
                product_sum(&pairs[..1]),
                num(products[0])
            ),
            format!(
                "The {n} products are {}: add them, keeping their signs.",
                products
                    .iter()
                    .map(|&p| num(p))
                    .collect::<Vec<_>>()
                    .join(", ")
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
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::{prompt_vector_pair, soundness};
    use super::*;
    use crate::expr::Value;

    #[test]
    fn dot_products_are_right_bounded_and_mistakes_distinct() {
        let (mut fractional, mut long) = (0, 0);
        soundness(&DotProduct, &[1, 2, 3], |level, d, ctx| {
            let [u, v] = prompt_vector_pair(d);
            let reference: f64 = u.iter().zip(&v).map(|(x, y)| x.to_f64() * y.to_f64()).sum();
            let got = d.answer.expected.as_scalar().unwrap();
            assert!(got.is_exact(), "{ctx}");
            // The last hint is the last step: every product, to be added.
            let products: Vec<String> = u.iter().zip(&v).map(|(&x, &y)| num(x * y)).collect();
            let last = d.hints.last().unwrap();
            assert!(last.contains(&products.join(", ")), "{ctx}: {last}");
            assert!((got.to_f64() - reference).abs() < 1e-9, "{ctx}");
            assert_eq!(u.len(), [3, 4, u.len().max(3)][level as usize - 1], "{ctx}");
            let bound = [9.0, 9.0, 12.0][level as usize - 1];
            assert!(
                u.iter().chain(&v).all(|x| x.to_f64().abs() <= bound),
                "{ctx}"
            );
            assert!(
                d.mistakes.iter().any(
                    |m| m.name == "elementwise_product" && matches!(m.answer, Value::Vector(_))
                ),
                "{ctx}"
            );
            if level == 3 {
                fractional += usize::from(u.iter().any(|x| x.as_integer().is_none()));
                long += usize::from(u.len() == 5);
            }
        });
        assert!(fractional > 150 && long > 150, "{fractional} {long}");
    }
}
