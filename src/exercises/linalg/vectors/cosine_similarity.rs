//! `la.cosine_similarity`: cos θ = u·v / (‖u‖‖v‖), the similarity measure of text retrieval
//! and embeddings.
//!
//! Level 1: term counts (0..4) of two documents over 4 words, chosen so that ‖u‖²‖v‖² is a
//! perfect square: the answer is an exact fraction.
//! Level 2: term counts (0..6) over 5 or 6 words: the answer is usually irrational (a decimal).
//! Level 3: integer embedding vectors (entries −5..5) of a query and a document in 4 or 5
//! dimensions: the similarity may be negative.
//! Parallel vectors (similarity exactly 1) and orthogonal ones are redrawn.

use super::helpers::{cosine_work, denominator, nonzero_count, over_root, root_text};
use super::partners::{PartnerTable, dot_ints, is_square, nonzero_ints};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::linalg::common::{Mistakes, chain, draw_ints, num};
use crate::math::Scalar;
use crate::math::linalg::vector_ops::{cosine_similarity, dot, norm, norm_squared};
use std::sync::LazyLock;

pub struct CosineSimilarity;

const WORDS: [&str; 10] = [
    "data", "model", "loss", "graph", "train", "layer", "query", "token", "error", "cloud",
];

/// Tries for a level-1 document u that has an exact-similarity partner.
const TRIES: usize = 40;

/// Whether `u` and `v` are a usable pair: both with two nonzero entries, `u·v ≠ 0`, and not
/// parallel (the similarity is not ±1).
fn usable(u: &[Scalar], v: &[Scalar]) -> bool {
    nonzero_count(u) >= 2
        && nonzero_count(v) >= 2
        && cosine_similarity(u, v).is_some_and(|c| !c.is_zero() && c.to_f64().abs() < 1.0 - 1e-12)
}

/// Whether the integer vectors `u` and `v` are a level-1 pair: [`usable`] and with an exact
/// similarity, that is (in integers, exactly) two nonzero entries each, `u·v ≠ 0`, not parallel
/// (`(u·v)² < ‖u‖²‖v‖²`, Cauchy–Schwarz with equality only for parallel vectors) and
/// `‖u‖²‖v‖²` a perfect square (the similarity `u·v / √(‖u‖²‖v‖²)` is then a fraction).
fn exact_pair(u: &[i64], v: &[i64]) -> bool {
    let (d, uu, vv) = (dot_ints(u, v), dot_ints(u, u), dot_ints(v, v));
    nonzero_ints(u) >= 2 && nonzero_ints(v) >= 2 && d != 0 && d * d < uu * vv && is_square(uu * vv)
}

/// The level-1 partners of every term-count vector u (4 words, counts 0..4): the vectors of the
/// same grid that make an [`exact_pair`] with it, in grid order. Complete: all 625 × 625 pairs
/// are tested once, so each u has the partners (in the order) the per-problem search had.
static EXACT_PARTNERS: LazyLock<PartnerTable> =
    LazyLock::new(|| PartnerTable::new(4, (0, 4), (0, 4), exact_pair));

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Vec<Scalar>, Vec<Scalar>), GenError> {
    match level {
        1 => {
            for _ in 0..TRIES {
                let u = draw_ints(rng, 4, 0, 4);
                let partners = EXACT_PARTNERS.partners(&u);
                if !partners.is_empty() {
                    let v = EXACT_PARTNERS.vector(*rng.pick(partners));
                    return Ok((u, v));
                }
            }
            Err(GenError::Redraw("no exact pair"))
        }
        2 => {
            let n = 5 + rng.index(2);
            Ok((draw_ints(rng, n, 0, 6), draw_ints(rng, n, 0, 6)))
        }
        3 => {
            let n = 4 + rng.index(2);
            Ok((draw_ints(rng, n, -5, 5), draw_ints(rng, n, -5, 5)))
        }
        l => Err(GenError::Level(l)),
    }
}

impl Exercise for CosineSimilarity {
    fn id(&self) -> &'static str {
        "la.cosine_similarity"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (u, v) = draw(level, rng)?;
        if !usable(&u, &v) {
            return Err(GenError::Redraw("orthogonal, parallel or sparse"));
        }
        let n = u.len();
        let cos = cosine_similarity(&u, &v).ok_or(GenError::Redraw("zero vector"))?;
        let d = dot(&u, &v).ok_or(GenError::Redraw("length mismatch"))?;
        let (uu, vv) = (norm_squared(&u), norm_squared(&v));
        let product = uu * vv;
        let exact = match (d.as_integer(), product.as_integer()) {
            (Some(d), Some(p)) => over_root(d, p),
            _ => None,
        };
        let answer = AnswerSpec::scalar(cos);
        let answer = match &exact {
            Some((_, text)) => answer.exact_as(text),
            None => answer,
        };

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "raw_dot",
            d,
            format!(
                "That is the raw dot product u·v = {}. Divide it by both lengths so that the \
                 similarity does not depend on how long the vectors are.",
                num(d)
            ),
        )?;
        mistakes.optional(
            "one_norm_only",
            d.checked_div(norm(&u)).unwrap_or(d),
            "That divides by ‖u‖ only. Divide by the product of both lengths, ‖u‖·‖v‖.",
        );
        mistakes.optional(
            "cosine_distance",
            Scalar::ONE - cos,
            "That is 1 − cos θ, the cosine distance. The similarity is cos θ itself.",
        );

        let prompt = if level == 3 {
            vec![
                Line::text(
                    "A search engine embeds a query as the vector u and a document as the vector \
                     v (coordinates scaled to integers):",
                ),
                Line::new()
                    .m("u = ")
                    .v(u.clone())
                    .t(",   ")
                    .m("v = ")
                    .v(v.clone()),
                Line::text(
                    "Compute their cosine similarity. Give a number (exact, or a decimal to 4 \
                     significant figures).",
                ),
            ]
        } else {
            let mut words = WORDS.to_vec();
            rng.shuffle(&mut words);
            vec![
                Line::text(format!(
                    "Two documents are compared by their term counts: how often each of the \
                     words {} occurs in them.",
                    words[..n].join(", ")
                )),
                Line::new()
                    .m("u = ")
                    .v(u.clone())
                    .t(" (document A),   ")
                    .m("v = ")
                    .v(v.clone())
                    .t(" (document B)"),
                Line::text(
                    "Compute the cosine similarity of the two documents. Give a number (exact, or \
                     a decimal to 4 significant figures).",
                ),
            ]
        };

        let reading = match cos.to_f64() {
            c if c > 0.8 => "close to 1: the vectors point in nearly the same direction",
            c if c.abs() < 0.2 => "close to 0: the vectors are nearly orthogonal, unrelated",
            c if c > 0.0 => "between 0 and 1: partly similar",
            _ => "negative: the vectors point in rather opposite directions",
        };
        let mut steps = vec![
            format!("{}/({}·{})", num(d), root_text(uu), root_text(vv)),
            format!("{}/{}", num(d), denominator(&root_text(product))),
        ];
        steps.extend(exact.map(|(shown, _)| shown));
        steps.push(num(cos));
        let mut solution = cosine_work(&u, &v);
        solution.extend([
            Line::math(chain("cos θ", &steps)),
            Line::text(format!("The similarity is {reading}.")),
        ]);
        let hints = vec![
            format!("u·v = {}.", num(d)),
            format!(
                "‖u‖² = {} and ‖v‖² = {}, {}.",
                num(uu),
                num(vv),
                chain(
                    "so ‖u‖‖v‖",
                    &[format!("√{}", num(product)), root_text(product)]
                )
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
    use super::super::super::common::testing::{f64_vector, prompt_vector_pair, soundness};
    use super::super::partners::{grid_ints, scanned_partners, tabled_partners};
    use super::*;

    #[test]
    fn the_table_holds_every_exact_partner() {
        // Against the per-problem search the table replaces (exact scalar arithmetic).
        for u in grid_ints(4, 0, 4) {
            let u: Vec<Scalar> = u.into_iter().map(Scalar::int).collect();
            let scanned = scanned_partners(&u, (0, 4), |u, v| {
                usable(u, v) && cosine_similarity(u, v).is_some_and(|c| c.is_exact())
            });
            assert_eq!(tabled_partners(&EXACT_PARTNERS, &u), scanned, "{u:?}");
        }
    }

    #[test]
    fn similarities_are_right() {
        let (mut negative, mut real) = (0, 0);
        soundness(&CosineSimilarity, &[1, 2, 3], |level, d, ctx| {
            let [u, v] = prompt_vector_pair(d);
            let (fu, fv) = (f64_vector(&u), f64_vector(&v));
            let reference = fu.dot(&fv) / (fu.norm() * fv.norm());
            let got = d.answer.expected.as_scalar().unwrap();
            assert!((got.to_f64() - reference).abs() < 1e-12, "{ctx}");
            assert!(reference.abs() < 1.0 && reference != 0.0, "{ctx}");
            let (lens, lo, hi) = match level {
                1 => (&[4][..], 0.0, 4.0),
                2 => (&[5, 6][..], 0.0, 6.0),
                _ => (&[4, 5][..], -5.0, 5.0),
            };
            assert!(lens.contains(&u.len()) && u.len() == v.len(), "{ctx}");
            assert!(
                fu.iter().chain(fv.iter()).all(|x| (lo..=hi).contains(x)),
                "{ctx}"
            );
            if level == 1 {
                assert!(got.is_exact(), "{ctx}");
            }
            // Every irrational similarity has its exact form d/(k√r) as the canonical answer.
            assert_eq!(d.answer.exact.is_some(), !got.is_exact(), "{ctx}");
            negative += usize::from(reference < 0.0);
            real += usize::from(!got.is_exact());
        });
        assert!(negative > 100 && real > 100, "{negative} {real}");
    }
}
