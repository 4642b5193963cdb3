//! Runnable demonstrations: each prints a terminal figure, can write an SVG, takes a seed and asserts what it shows.
//!
//! A demo is a function from [`Options`] to a [`Report`]: it simulates (with
//! [`crate::math::sim`]), measures, builds a [`figure::Figure`] and states [`Claim`]s about its
//! measurements. [`Demo::run`] prints the report, draws the figure in the terminal (and as SVG
//! with `--svg`), and fails with [`DemoError::ClaimFailed`] when a claim does not hold.
//! `mathdrill demo NAME` and `cargo run --example NAME` both end in [`Demo::run`].

pub mod bayes_base_rate;
pub mod clt_demo;
pub mod confidence_coverage;
mod error;
mod example;
pub mod figure;
pub mod lln_demo;
pub mod multiple_comparisons;
pub mod p_value_distribution;
pub mod reference;
mod report;
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
    ]
}

/// The demo called `name`.
pub fn find(name: &str) -> Result<&'static Demo, DemoError> {
    all()
        .iter()
        .find(|d| d.name == name)
        .ok_or_else(|| DemoError::Unknown(name.to_string()))
}
