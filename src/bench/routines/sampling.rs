//! Sampling: 10⁶ normal and exponential draws, and the CLT simulation (sample means of n = 30
//! uniform draws), each against rand_distr.
//!
//! The samplers draw into a buffer allocated once; the generator is seeded once per size and
//! keeps its state from call to call (every call draws fresh numbers).

use super::super::registry::{Case, Role, Routine, Variant, Work};
use crate::math::sim::{Sampler, SimError, SimRng, sample_means, sample_means_parallel, sim_rng};
use rand::SeedableRng;
use rand::distr::{Distribution, Uniform};
use rand::rngs::StdRng;
use rand_distr::{Exp1, StandardNormal};
use std::hint::black_box;

const DRAWS: &[usize] = &[1_000_000];
/// The CLT's sample size n.
const CLT_N: &[usize] = &[30];
/// Sample means per call of the CLT simulation (each of n draws).
pub const CLT_MEANS: usize = 100_000;
const SEED: u64 = 42;

fn draws(n: Option<usize>) -> Work {
    Work {
        flops: None,
        items: n.map(|n| n as f64),
    }
}

fn sampler_routine(id: &'static str, scratch: Variant, reference: Variant) -> Routine {
    Routine {
        id,
        sizes: DRAWS,
        default_sizes: DRAWS,
        quick_sizes: DRAWS,
        work: draws,
        variants: vec![scratch, reference],
    }
}

/// A job that fills a buffer of `n` draws from `draw`.
fn fill_job(n: Option<usize>, mut draw: impl FnMut(&mut [f64]) + 'static) -> Case {
    let mut buffer = vec![0.0; n.unwrap_or(1)];
    Case::new(move || {
        draw(black_box(&mut buffer));
        black_box(&buffer);
    })
}

fn sim_fill(n: Option<usize>, sampler: Sampler) -> Case {
    let mut rng = sim_rng(SEED);
    fill_job(n, move |out| sampler.fill(&mut rng, out))
}

fn distr_fill<D: Distribution<f64> + 'static>(n: Option<usize>, d: D) -> Case {
    let mut rng = sim_rng(SEED);
    fill_job(n, move |out| {
        out.iter_mut().for_each(|x| *x = d.sample(&mut rng));
    })
}

/// How the CLT's means are computed: [`sample_means`] on one core or [`sample_means_parallel`].
type MeansFn = fn(&Sampler, &mut SimRng, usize, usize) -> Result<Vec<f64>, SimError>;

/// [`CLT_MEANS`] means of `n` U(0, 1) draws by `means`.
fn clt_case(n: Option<usize>, means: MeansFn) -> Case {
    let n = n.unwrap_or(1);
    let sampler = Sampler::uniform(0.0, 1.0).expect("valid parameters");
    let mut rng = sim_rng(SEED);
    Case::new(move || {
        black_box(means(&sampler, &mut rng, black_box(n), CLT_MEANS).ok());
    })
}

pub fn routines() -> Vec<Routine> {
    vec![
        sampler_routine(
            "normal_sample",
            Variant::new(
                "scratch",
                Role::Scratch,
                "math::sim Sampler::normal, Xoshiro256++",
                |n| sim_fill(n, Sampler::normal(0.0, 1.0).expect("valid parameters")),
            ),
            Variant::new(
                "rand_distr",
                Role::Reference,
                "rand_distr StandardNormal, Xoshiro256++",
                |n| distr_fill(n, StandardNormal),
            ),
        ),
        sampler_routine(
            "exponential_sample",
            Variant::new(
                "scratch",
                Role::Scratch,
                "math::sim Sampler::exponential (−ln U), Xoshiro256++",
                |n| sim_fill(n, Sampler::exponential(1.0).expect("valid parameters")),
            ),
            Variant::new(
                "rand_distr",
                Role::Reference,
                "rand_distr Exp1 (ziggurat), Xoshiro256++",
                |n| distr_fill(n, Exp1),
            ),
        ),
        Routine {
            id: "clt_means",
            sizes: CLT_N,
            default_sizes: CLT_N,
            quick_sizes: CLT_N,
            // Items are draws: 10⁵ means of n.
            work: |n| Work {
                flops: None,
                items: n.map(|n| (n * CLT_MEANS) as f64),
            },
            variants: vec![
                Variant::new(
                    "one_core",
                    Role::Scratch,
                    "10⁵ means of U(0,1) draws: sample_means, 8 Xoshiro256++ lanes",
                    |n| clt_case(n, sample_means::<SimRng>),
                ),
                Variant::new(
                    "rayon",
                    Role::Scratch,
                    "10⁵ means of U(0,1) draws: sample_means_parallel, every core",
                    |n| clt_case(n, sample_means_parallel),
                ),
                Variant::new(
                    "naive",
                    Role::Reference,
                    "10⁵ means of U(0,1) draws: rand_distr, ChaCha StdRng",
                    |n| {
                        let n = n.unwrap_or(1);
                        let d = Uniform::new(0.0, 1.0).expect("valid parameters");
                        let mut rng = StdRng::seed_from_u64(SEED);
                        Case::new(move || {
                            let means: Vec<f64> = (0..CLT_MEANS)
                                .map(|_| {
                                    let sum: f64 =
                                        (0..black_box(n)).map(|_| d.sample(&mut rng)).sum();
                                    sum / n as f64
                                })
                                .collect();
                            black_box(means);
                        })
                    },
                ),
            ],
        },
    ]
}
