//! The distributions against `tests/data/prob_reference.json` (made by
//! `tests/data/prob_reference.py`: scipy.stats, every value checked against mpmath at 40 digits).
//!
//! Every pmf, pdf, cdf, sf, mean and variance must agree to 1e-9 relative; a value of 0 (below
//! f64's range) must be 0 or below 1e-300 here too. Quantiles: a discrete quantile must be the
//! same integer; a continuous one agrees to 1e-9 relative (or 1e-300 absolutely where the answer
//! is 0). The cases cover binomial n = 10⁴ and 10⁶ with p from 10⁻¹⁰ to 0.999999, Poisson
//! λ = 10⁻³ … 10⁴, t with df = 1, 2.5, 10³, 10⁶ … 10¹² (`StudentT::MAX_DF`), normal tails at
//! z = ±8 and ±37, χ² with df = 1, 1000 and 10⁷ … 10¹⁰ (`ChiSquared::MAX_DF`), and quantiles at
//! p = 10⁻¹² and 1 − 10⁻¹².

use mathdrill::math::prob::distributions::{
    Bernoulli, Binomial, ChiSquared, Continuous, Discrete, Exponential, Geometric, Normal, Poisson,
    StudentT, Uniform,
};
use serde_json::Value as Json;

const TOL: f64 = 1e-9;

enum Dist {
    Discrete(Box<dyn Discrete>),
    Continuous(Box<dyn Continuous>),
}

fn build(name: &str, params: &[f64]) -> Dist {
    use Dist::{Continuous as C, Discrete as D};
    let p = |i: usize| params[i];
    match name {
        "bernoulli" => D(Box::new(Bernoulli::new(p(0)).unwrap())),
        "binomial" => D(Box::new(Binomial::new(p(0) as u64, p(1)).unwrap())),
        "geometric" => D(Box::new(Geometric::new(p(0)).unwrap())),
        "poisson" => D(Box::new(Poisson::new(p(0)).unwrap())),
        "uniform" => C(Box::new(Uniform::new(p(0), p(1)).unwrap())),
        "normal" => C(Box::new(Normal::new(p(0), p(1)).unwrap())),
        "exponential" => C(Box::new(Exponential::new(p(0)).unwrap())),
        "t" => C(Box::new(StudentT::new(p(0)).unwrap())),
        "chi2" => C(Box::new(ChiSquared::new(p(0)).unwrap())),
        other => panic!("unknown distribution {other}"),
    }
}

fn evaluate(dist: &Dist, f: &str, x: f64) -> f64 {
    match dist {
        Dist::Discrete(d) => match f {
            "pmf" => d.pmf_at(x),
            "cdf" => d.cdf_at(x),
            "sf" => d.sf_at(x),
            "ppf" => d.quantile(x).unwrap(),
            "isf" => d.isf(x).unwrap(),
            "mean" => d.mean(),
            "var" => d.variance(),
            other => panic!("unknown function {other}"),
        },
        Dist::Continuous(d) => match f {
            "pdf" => d.pdf(x),
            "cdf" => d.cdf(x),
            "sf" => d.sf(x),
            "ppf" => d.quantile(x).unwrap(),
            "isf" => d.isf(x).unwrap(),
            "mean" => d.mean(),
            "var" => d.variance(),
            other => panic!("unknown function {other}"),
        },
    }
}

fn close(got: f64, want: f64) -> bool {
    if want == 0.0 {
        return got.abs() < 1e-300;
    }
    if want.is_infinite() {
        return got == want;
    }
    (got - want).abs() <= TOL * want.abs()
}

#[test]
fn distributions_agree_with_scipy_and_mpmath() {
    let text = include_str!("data/prob_reference.json");
    let json: Json = serde_json::from_str(text).unwrap();
    let cases = json["cases"].as_array().unwrap();
    assert!(cases.len() > 1500, "the reference file lost its cases");
    let mut failures = Vec::new();
    let mut worst = (0.0f64, String::new());
    for case in cases {
        let name = case["dist"].as_str().unwrap();
        let params: Vec<f64> = case["params"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        let f = case["fn"].as_str().unwrap();
        let x = case["x"].as_f64().unwrap_or(f64::NAN);
        let want = case["value"].as_f64().unwrap();
        let got = evaluate(&build(name, &params), f, x);
        if want != 0.0 && want.is_finite() {
            let rel = ((got - want) / want).abs();
            if rel > worst.0 {
                worst = (rel, format!("{name}{params:?}.{f}({x})"));
            }
        }
        if !close(got, want) {
            let rel = ((got - want) / want).abs();
            failures.push(format!(
                "{name}{params:?}.{f}({x}) = {got:e}, want {want:e} (rel {rel:.1e})"
            ));
        }
    }
    // Shown with `--nocapture`: how far inside the tolerance the worst case is.
    println!(
        "{} cases; largest relative difference {:.1e} at {}",
        cases.len(),
        worst.0,
        worst.1
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
