//! Runnable demonstrations: each prints a terminal figure, can write an SVG, takes a seed and asserts what it shows.
//!
//! A demo is a function from [`Options`] to a [`Report`]: it simulates (with
//! [`crate::math::sim`]) or computes (the linear-algebra demos, on an example the seed
//! chooses), measures, builds a [`figure::Figure`] (the worked elimination has none) and states
//! [`Claim`]s about its measurements. [`Demo::run`] prints the report, draws the figure in the terminal (and as SVG
//! with `--svg`), and fails with [`DemoError::ClaimFailed`] when a claim does not hold.
//! `mathdrill demo NAME` and `cargo run --example NAME` both end in [`Demo::run`].

pub mod bayes_base_rate;
pub mod bias_variance;
pub mod clt_demo;
pub mod confidence_coverage;
mod error;
mod example;
pub mod figure;
pub mod finite_differences;
pub mod gauss_jordan;
pub mod gradient_descent;
pub mod linear_regression;
pub mod linear_transformations;
pub mod lln_demo;
pub mod multiple_comparisons;
pub mod numerical_stability;
pub mod p_value_distribution;
pub mod power_iteration;
pub mod reference;
pub mod regularization_path;
mod report;
mod seeded;
pub mod svd_low_rank;
pub mod svg;
pub mod text;

pub use error::DemoError;
pub use example::{example_main, parse_example_args};
pub use report::{Claim, DEFAULT_SEED, Demo, Options, Report, Size};

/// Every demo, in the order `mathdrill demo` lists them.
pub fn all() -> &'static [Demo] {
    &[
        Demo {
            name: "clt_demo",
            about: "sample means become normal as n grows (uniform, exponential, a loaded die), \
                    except for the Cauchy",
            report: clt_demo::report,
        },
        Demo {
            name: "lln_demo",
            about: "running means of die rolls settle on 3.5, within a band of ±σ/√n",
            report: lln_demo::report,
        },
        Demo {
            name: "bayes_base_rate",
            about: "how many positives of a good test are real, as the prevalence varies",
            report: bayes_base_rate::report,
        },
        Demo {
            name: "multiple_comparisons",
            about: "false discoveries among m true null hypotheses, with and without Bonferroni",
            report: multiple_comparisons::report,
        },
        Demo {
            name: "confidence_coverage",
            about: "how often 95% intervals cover μ: t intervals do, z intervals with s fall \
                    short at small n",
            report: confidence_coverage::report,
        },
        Demo {
            name: "p_value_distribution",
            about: "p-values are uniform when H₀ is true and pile up near 0 when it is false",
            report: p_value_distribution::report,
        },
        Demo {
            name: "gauss_jordan",
            about: "[A | I] → [I | A⁻¹] with exact fractions, step by step (no figure)",
            report: gauss_jordan::report,
        },
        Demo {
            name: "power_iteration",
            about: "iterates and λ estimates; the errors shrink by |λ₂/λ₁| and |λ₂/λ₁|² per step",
            report: power_iteration::report,
        },
        Demo {
            name: "svd_low_rank",
            about: "a picture rebuilt from k singular triples; the error is √(Σ_{i>k} σᵢ²)",
            report: svd_low_rank::report,
        },
        Demo {
            name: "linear_transformations",
            about: "the unit square under a rotation, shear, scaling, reflection, projection, \
                    composition",
            report: linear_transformations::report,
        },
        Demo {
            name: "linear_regression",
            about: "Iris petal width on length: normal equations, QR and gradient descent give \
                    one line; residuals and R²",
            report: linear_regression::report,
        },
        Demo {
            name: "regularization_path",
            about: "ridge and lasso coefficients against α: ridge shrinks, lasso reaches exact \
                    zeros",
            report: regularization_path::report,
        },
        Demo {
            name: "bias_variance",
            about: "polynomial degree against bias², variance and test error: the U",
            report: bias_variance::report,
        },
        Demo {
            name: "finite_differences",
            about: "the error of forward and central differences against h: the V, its bottom \
                    near √ε and ∛ε",
            report: finite_differences::report,
        },
        Demo {
            name: "gradient_descent",
            about: "GD, momentum and Adam on Rosenbrock's valley: paths on the contours, loss \
                    curves",
            report: gradient_descent::report,
        },
        Demo {
            name: "numerical_stability",
            about: "naive vs stable softmax and log-sum-exp; cancellation in (1 − cos x)/x²",
            report: numerical_stability::report,
        },
    ]
}

/// The demo called `name`.
pub fn find(name: &str) -> Result<&'static Demo, DemoError> {
    all()
        .iter()
        .find(|d| d.name == name)
        .ok_or_else(|| DemoError::Unknown(name.to_string()))
}
