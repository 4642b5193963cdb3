//! Distributions: the standard normal cdf and quantile at 1000 points, and the binomial pmf at
//! every k for n = 20 and 1000, against statrs.
//!
//! The cdf is evaluated on an even grid of z over [−8, 8] (tails included), the quantile at
//! p = (k + ½)/1000, and the binomial with p = 3/10 (exactly 3/10 on the rational path, which
//! fits `i128` up to n = 38, so it runs at n = 20 only).

use super::super::registry::{Case, Role, Routine, Variant, Work};
use crate::math::Rational;
use crate::math::prob::distributions::Binomial;
use crate::math::prob::distributions::standard::{normal_cdf, normal_quantile};
use statrs::distribution::{ContinuousCDF, Discrete, Normal};
use std::hint::black_box;

const POINTS: &[usize] = &[1000];
const TRIALS: &[usize] = &[20, 1000];

fn points(n: Option<usize>) -> Work {
    Work {
        flops: None,
        items: n.map(|n| n as f64),
    }
}

fn z_grid(n: usize) -> Vec<f64> {
    (0..n)
        .map(|k| -8.0 + 16.0 * k as f64 / (n.max(2) - 1) as f64)
        .collect()
}

fn p_grid(n: usize) -> Vec<f64> {
    (0..n).map(|k| (k as f64 + 0.5) / n as f64).collect()
}

/// A job applying `f` to every point of `xs`.
fn map_job(xs: Vec<f64>, f: impl Fn(f64) -> f64 + 'static) -> Case {
    let mut out = vec![0.0; xs.len()];
    Case::new(move || {
        for (y, &x) in out.iter_mut().zip(black_box(&xs)) {
            *y = f(x);
        }
        black_box(&out);
    })
}

fn standard_normal() -> Normal {
    Normal::standard()
}

fn table(id: &'static str, scratch: Variant, statrs: Variant) -> Routine {
    Routine {
        id,
        sizes: POINTS,
        default_sizes: POINTS,
        quick_sizes: POINTS,
        work: points,
        variants: vec![scratch, statrs],
    }
}

/// The binomial's probability of success.
const P: (i64, i64) = (3, 10);

pub fn routines() -> Vec<Routine> {
    vec![
        table(
            "normal_cdf",
            Variant::new(
                "scratch",
                Role::Scratch,
                "Φ(z) (math::prob standard::normal_cdf)",
                |n| map_job(z_grid(n.unwrap_or(1)), normal_cdf),
            ),
            Variant::new("statrs", Role::Reference, "statrs Normal::cdf", |n| {
                let d = standard_normal();
                map_job(z_grid(n.unwrap_or(1)), move |z| d.cdf(z))
            }),
        ),
        table(
            "normal_quantile",
            Variant::new(
                "scratch",
                Role::Scratch,
                "Φ⁻¹(p) (math::prob standard::normal_quantile)",
                |n| map_job(p_grid(n.unwrap_or(1)), normal_quantile),
            ),
            Variant::new(
                "statrs",
                Role::Reference,
                "statrs Normal::inverse_cdf",
                |n| {
                    let d = standard_normal();
                    map_job(p_grid(n.unwrap_or(1)), move |p| d.inverse_cdf(p))
                },
            ),
        ),
        Routine {
            id: "binomial_pmf",
            sizes: TRIALS,
            default_sizes: TRIALS,
            quick_sizes: TRIALS,
            // Items: the n + 1 values of the pmf.
            work: |n| Work {
                flops: None,
                items: n.map(|n| (n + 1) as f64),
            },
            variants: vec![
                Variant::new(
                    "exact",
                    Role::Textbook,
                    "exact rational C(n,k)·pᵏ·qⁿ⁻ᵏ, p = 3/10",
                    |n| {
                        let n = n.unwrap_or(1) as u64;
                        let p = Rational::new(P.0, P.1).expect("3/10");
                        Case::new(move || {
                            for k in 0..=black_box(n) as i64 {
                                black_box(Binomial::exact_pmf(k, n, p));
                            }
                        })
                    },
                )
                .up_to(20, 20),
                Variant::new(
                    "scratch",
                    Role::Scratch,
                    "exp of the saddle-point ln_pmf (f64)",
                    |n| {
                        let d = Binomial::new(n.unwrap_or(1) as u64, P.0 as f64 / P.1 as f64)
                            .expect("valid parameters");
                        pmf_job(n, move |k| d.ln_pmf(k as i64).exp())
                    },
                ),
                Variant::new("statrs", Role::Reference, "statrs Binomial::pmf", |n| {
                    let d = statrs::distribution::Binomial::new(
                        P.0 as f64 / P.1 as f64,
                        n.unwrap_or(1) as u64,
                    )
                    .expect("valid parameters");
                    pmf_job(n, move |k| d.pmf(k))
                }),
            ],
        },
    ]
}

/// A job evaluating `pmf` at every k = 0, …, n.
fn pmf_job(n: Option<usize>, pmf: impl Fn(u64) -> f64 + 'static) -> Case {
    let n = n.unwrap_or(1) as u64;
    let mut out = vec![0.0; n as usize + 1];
    Case::new(move || {
        for (k, y) in (0..=black_box(n)).zip(out.iter_mut()) {
            *y = pmf(k);
        }
        black_box(&out);
    })
}
