//! softmax and log-sum-exp of vectors of 10 and 1000 entries: the textbook formula
//! `exp(zᵢ)/Σ exp(zⱼ)` (the reference: the cost of the formula itself) against the max-shifted,
//! overflow-free versions of `math::ml::activations`.

use super::super::registry::{Case, Role, Routine, Variant, Work};
use crate::math::ml::activations::{logsumexp, softmax};
use std::hint::black_box;

const LENGTHS: &[usize] = &[10, 1000];

/// The input vector: deterministic values spread over [−5, 5].
fn input(n: Option<usize>) -> Vec<f64> {
    let n = n.unwrap_or(1);
    (0..n)
        .map(|i| ((i * 37 % 101) as f64 / 10.0) - 5.0)
        .collect()
}

fn routine(id: &'static str, naive: Variant, stable: Variant) -> Routine {
    Routine {
        id,
        sizes: LENGTHS,
        default_sizes: LENGTHS,
        quick_sizes: LENGTHS,
        // Items: the entries of the vector.
        work: |n| Work {
            flops: None,
            items: n.map(|n| n as f64),
        },
        variants: vec![naive, stable],
    }
}

/// exp(zᵢ)/Σⱼ exp(zⱼ), as written (overflows for zᵢ > 709).
pub fn naive_softmax(z: &[f64]) -> Vec<f64> {
    let e: Vec<f64> = z.iter().map(|x| x.exp()).collect();
    let total: f64 = e.iter().sum();
    e.into_iter().map(|x| x / total).collect()
}

/// ln Σ exp(zᵢ), as written.
pub fn naive_logsumexp(z: &[f64]) -> f64 {
    z.iter().map(|x| x.exp()).sum::<f64>().ln()
}

pub fn routines() -> Vec<Routine> {
    vec![
        routine(
            "softmax",
            Variant::new(
                "naive",
                Role::Reference,
                "exp(z)/Σexp(z) as written",
                |n| {
                    let z = input(n);
                    Case::new(move || {
                        black_box(naive_softmax(black_box(&z)));
                    })
                },
            ),
            Variant::new(
                "stable",
                Role::Scratch,
                "max-shifted (math::ml::activations)",
                |n| {
                    let z = input(n);
                    Case::new(move || {
                        black_box(softmax(black_box(&z)).ok());
                    })
                },
            ),
        ),
        routine(
            "logsumexp",
            Variant::new("naive", Role::Reference, "ln Σexp(z) as written", |n| {
                let z = input(n);
                Case::new(move || {
                    black_box(naive_logsumexp(black_box(&z)));
                })
            }),
            Variant::new(
                "stable",
                Role::Scratch,
                "max-shifted, ln_1p (math::ml::activations)",
                |n| {
                    let z = input(n);
                    Case::new(move || {
                        black_box(logsumexp(black_box(&z)).ok());
                    })
                },
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_naive_formulas_agree_with_the_stable_ones_on_the_inputs() {
        for n in [10, 1000] {
            let z = input(Some(n));
            let (a, b) = (naive_softmax(&z), softmax(&z).unwrap());
            assert!(a.iter().zip(&b).all(|(x, y)| (x - y).abs() <= 1e-14));
            assert!((naive_logsumexp(&z) - logsumexp(&z).unwrap()).abs() <= 1e-12);
        }
    }
}
