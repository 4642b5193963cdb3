//! statrs's own distributions as a second, independent oracle (the first is scipy/mpmath in
//! `tests/prob_reference.rs`), at parameters where statrs is accurate; and the identities that tie
//! the from-scratch sums to the special functions: the binomial cdf is the regularized incomplete
//! beta function `I_{1−p}(n−k, k+1)`, the Poisson cdf the upper incomplete gamma `Q(k+1, λ)`, and
//! for even df the χ² survival function is a Poisson cdf.
//!
//! Compared at 1e-9 relative (statrs's erf is good to ~1e-12, its incomplete beta and gamma
//! functions to ~1e-13 at these parameters), values below 1e-280 skipped (statrs cuts off there).

use super::incomplete_beta::beta_reg;
use super::*;
use statrs::distribution as sd;
use statrs::distribution::{Continuous as _, Discrete as _, DiscreteCDF as _};
use statrs::function::beta::beta_reg as statrs_beta_reg;
use statrs::function::gamma::gamma_ur;

fn assert_close(got: f64, want: f64, what: &str) {
    if want.abs() < 1e-280 && got.abs() < 1e-280 {
        return;
    }
    assert!(
        (got - want).abs() <= 1e-9 * want.abs(),
        "{what}: {got:e} vs statrs {want:e}"
    );
}

#[test]
fn discrete_agree_with_statrs() {
    for (n, p) in [
        (1u64, 0.3),
        (10, 0.25),
        (40, 0.5),
        (300, 0.01),
        (1000, 0.93),
    ] {
        let ours = Binomial::new(n, p).unwrap();
        let theirs = sd::Binomial::new(p, n).unwrap();
        for k in 0..=n.min(60) {
            let what = format!("Binomial({n}, {p}) at {k}");
            assert_close(ours.pmf(k as i64), theirs.pmf(k), &what);
            assert_close(ours.cdf(k as i64), theirs.cdf(k), &what);
            assert_close(ours.sf(k as i64), theirs.sf(k), &what);
        }
    }
    for lambda in [0.2, 3.0, 25.0, 180.0] {
        let ours = Poisson::new(lambda).unwrap();
        let theirs = sd::Poisson::new(lambda).unwrap();
        for k in 0..300u64 {
            let what = format!("Poisson({lambda}) at {k}");
            assert_close(ours.pmf(k as i64), theirs.pmf(k), &what);
            assert_close(ours.cdf(k as i64), theirs.cdf(k), &what);
        }
    }
    for p in [0.05, 0.5, 0.9] {
        let ours = Geometric::new(p).unwrap();
        let theirs = sd::Geometric::new(p).unwrap();
        for k in 1..100u64 {
            let what = format!("Geometric({p}) at {k}");
            assert_close(ours.pmf(k as i64), theirs.pmf(k), &what);
            assert_close(ours.cdf(k as i64), theirs.cdf(k), &what);
        }
    }
    let ours = Bernoulli::new(0.3).unwrap();
    let theirs = sd::Bernoulli::new(0.3).unwrap();
    for k in 0..2u64 {
        assert_close(ours.pmf(k as i64), theirs.pmf(k), "Bernoulli");
        assert_close(ours.cdf(k as i64), theirs.cdf(k), "Bernoulli");
    }
}

/// A distribution of ours, named, beside statrs's version of it.
type Pair = (
    String,
    Box<dyn Continuous>,
    Box<dyn statrs::distribution::ContinuousCDF<f64, f64>>,
);

#[test]
fn continuous_agree_with_statrs() {
    let xs = [
        -40.0, -7.5, -2.0, -0.3, 0.0, 0.4, 1.0, 3.3, 9.0, 25.0, 120.0,
    ];
    let pairs: Vec<Pair> = vec![
        (
            "Normal(2, 3)".into(),
            Box::new(Normal::new(2.0, 3.0).unwrap()),
            Box::new(sd::Normal::new(2.0, 3.0).unwrap()),
        ),
        (
            "Uniform(-1, 4)".into(),
            Box::new(Uniform::new(-1.0, 4.0).unwrap()),
            Box::new(sd::Uniform::new(-1.0, 4.0).unwrap()),
        ),
        (
            "Exponential(0.4)".into(),
            Box::new(Exponential::new(0.4).unwrap()),
            Box::new(sd::Exp::new(0.4).unwrap()),
        ),
        (
            "t(3)".into(),
            Box::new(StudentT::new(3.0).unwrap()),
            Box::new(sd::StudentsT::new(0.0, 1.0, 3.0).unwrap()),
        ),
        (
            "t(12.5)".into(),
            Box::new(StudentT::new(12.5).unwrap()),
            Box::new(sd::StudentsT::new(0.0, 1.0, 12.5).unwrap()),
        ),
        (
            "χ²(3)".into(),
            Box::new(ChiSquared::new(3.0).unwrap()),
            Box::new(sd::ChiSquared::new(3.0).unwrap()),
        ),
        (
            "χ²(40)".into(),
            Box::new(ChiSquared::new(40.0).unwrap()),
            Box::new(sd::ChiSquared::new(40.0).unwrap()),
        ),
    ];
    for (name, ours, theirs) in &pairs {
        for &x in &xs {
            let what = format!("{name} at {x}");
            assert_close(ours.cdf(x), theirs.cdf(x), &what);
            assert_close(ours.sf(x), theirs.sf(x), &what);
        }
        for p in [0.001, 0.05, 0.5, 0.9, 0.999] {
            assert_close(
                ours.quantile(p).unwrap(),
                theirs.inverse_cdf(p),
                &format!("{name} quantile({p})"),
            );
        }
    }
    // Densities (statrs's pdf lives on another trait).
    for &x in &xs {
        assert_close(
            Normal::new(2.0, 3.0).unwrap().pdf(x),
            sd::Normal::new(2.0, 3.0).unwrap().pdf(x),
            "normal pdf",
        );
        assert_close(
            StudentT::new(3.0).unwrap().pdf(x),
            sd::StudentsT::new(0.0, 1.0, 3.0).unwrap().pdf(x),
            "t pdf",
        );
        assert_close(
            Exponential::new(0.4).unwrap().pdf(x),
            sd::Exp::new(0.4).unwrap().pdf(x),
            "exp pdf",
        );
        if x > 0.0 {
            for df in [1.0, 2.0, 3.0, 40.0] {
                assert_close(
                    ChiSquared::new(df).unwrap().pdf(x),
                    sd::ChiSquared::new(df).unwrap().pdf(x),
                    "χ² pdf",
                );
            }
        }
    }
}

#[test]
fn binomial_cdf_is_the_regularized_incomplete_beta() {
    // P(X ≤ k) = I_{1−p}(n−k, k+1) and P(X > k) = I_p(k+1, n−k): statrs's beta_reg where its
    // 140-term fraction converges (small n), our own incomplete beta for n = 10⁴ and 10⁶.
    for (n, p) in [(20u64, 0.3), (60, 0.55)] {
        let b = Binomial::new(n, p).unwrap();
        for k in 0..n {
            let (nf, kf) = (n as f64, k as f64);
            assert_close(
                b.cdf(k as i64),
                statrs_beta_reg(nf - kf, kf + 1.0, 1.0 - p),
                "statrs beta",
            );
        }
    }
    for (n, p) in [
        (10_000u64, 0.5),
        (10_000, 0.003),
        (1_000_000, 0.5),
        (1_000_000, 2e-5),
    ] {
        let b = Binomial::new(n, p).unwrap();
        let (mean, sd) = (n as f64 * p, (n as f64 * p * (1.0 - p)).sqrt());
        for z in [-8.0, -3.0, -1.0, 0.0, 0.5, 2.0, 6.0] {
            let k = (mean + z * sd).floor().max(0.0);
            let (lower, upper) = beta_reg(n as f64 - k, k + 1.0, 1.0 - p, p);
            let what = format!("Binomial({n}, {p}) at {k}");
            assert_close(b.cdf(k as i64), lower, &what);
            assert_close(b.sf(k as i64), upper, &what);
        }
    }
}

#[test]
fn poisson_cdf_is_the_upper_incomplete_gamma_and_chi_squared_tail_a_poisson_cdf() {
    for lambda in [0.5, 9.0, 150.0, 4000.0] {
        let d = Poisson::new(lambda).unwrap();
        for z in [-4.0, -1.0, 0.0, 1.0, 4.0] {
            let k = (lambda + z * lambda.sqrt()).floor().max(0.0);
            assert_close(
                d.cdf(k as i64),
                gamma_ur(k + 1.0, lambda),
                &format!("Poisson({lambda}) at {k}"),
            );
        }
    }
    // χ²(2m) survival at x = Poisson(x/2) cdf at m − 1.
    for (m, x) in [(1i64, 0.7), (3, 4.0), (10, 31.0), (500, 900.0)] {
        let chi = ChiSquared::new(2.0 * m as f64).unwrap();
        let poisson = Poisson::new(x / 2.0).unwrap();
        assert_close(
            chi.sf(x),
            poisson.cdf(m - 1),
            &format!("χ²({}) at {x}", 2 * m),
        );
    }
}
