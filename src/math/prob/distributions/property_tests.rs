//! Properties every distribution must have, checked over a spread of parameters (the values
//! themselves are checked against scipy/mpmath in `tests/prob_reference.rs` and against statrs in
//! `statrs_oracle_tests.rs`):
//! - discrete: the pmf sums to 1; `cdf(k) = Σ_{j≤k} pmf(j)`; `cdf + sf = 1`; the cdf never
//!   decreases; mean and variance equal the direct sums `Σ k·pmf(k)`, `Σ (k − μ)²·pmf(k)`; the
//!   quantile is the smallest `k` with `cdf(k) ≥ p`;
//! - continuous: `cdf + sf = 1`; the cdf never decreases; `∫ₐᵇ pdf = cdf(b) − cdf(a)` (Simpson's
//!   rule: the pdf and the cdf agree); `cdf(quantile(p)) = p` and `sf(isf(q)) = q` down to
//!   `10⁻²⁰⁰`; `quantile(cdf(x)) = x`;
//! - every constructor refuses NaN and out-of-domain parameters, and every quantile a
//!   probability outside [0, 1].

use super::*;

fn discrete_cases() -> Vec<(String, Box<dyn Discrete>)> {
    let mut v: Vec<(String, Box<dyn Discrete>)> = Vec::new();
    for p in [0.0, 0.3, 1.0] {
        v.push((
            format!("Bernoulli({p})"),
            Box::new(Bernoulli::new(p).unwrap()),
        ));
    }
    for (n, p) in [
        (0, 0.4),
        (1, 0.3),
        (12, 0.0),
        (12, 1.0),
        (30, 0.37),
        (500, 0.02),
        (2000, 0.5),
    ] {
        v.push((
            format!("Binomial({n}, {p})"),
            Box::new(Binomial::new(n, p).unwrap()),
        ));
    }
    for p in [1.0, 0.6, 0.05] {
        v.push((
            format!("Geometric({p})"),
            Box::new(Geometric::new(p).unwrap()),
        ));
    }
    for l in [0.0, 1e-3, 0.8, 7.5, 400.0] {
        v.push((format!("Poisson({l})"), Box::new(Poisson::new(l).unwrap())));
    }
    v
}

fn continuous_cases() -> Vec<(String, Box<dyn Continuous>)> {
    let mut v: Vec<(String, Box<dyn Continuous>)> = vec![
        (
            "Uniform(-2, 3)".into(),
            Box::new(Uniform::new(-2.0, 3.0).unwrap()),
        ),
        (
            "Normal(1.5, 2)".into(),
            Box::new(Normal::new(1.5, 2.0).unwrap()),
        ),
        (
            "Exponential(0.7)".into(),
            Box::new(Exponential::new(0.7).unwrap()),
        ),
    ];
    for df in [1.0, 2.5, 30.0, 1e6] {
        v.push((format!("t({df})"), Box::new(StudentT::new(df).unwrap())));
    }
    for df in [1.0, 2.0, 4.0, 1000.0] {
        v.push((format!("χ²({df})"), Box::new(ChiSquared::new(df).unwrap())));
    }
    v
}

/// The last `k` worth summing: the end of the support, or where the upper tail is below 1e-18.
fn last_k(d: &dyn Discrete) -> i64 {
    let (_, hi) = d.support();
    hi.unwrap_or_else(|| {
        let mut k = d.mean().ceil() as i64;
        while d.sf(k) > 1e-18 {
            k += 1 + k / 8;
        }
        k
    })
}

#[test]
fn discrete_pmf_cdf_sf_mean_and_variance_agree() {
    for (name, d) in discrete_cases() {
        let (lo, _) = d.support();
        let hi = last_k(d.as_ref());
        let (mut sum, mut first, mut second) = (0.0, 0.0, 0.0);
        let mut previous_cdf = 0.0;
        for k in lo..=hi {
            let pk = d.pmf(k);
            sum += pk;
            first += k as f64 * pk;
            let cdf = d.cdf(k);
            assert!(cdf >= previous_cdf, "{name}: cdf decreases at {k}");
            previous_cdf = cdf;
            assert!(
                (cdf - sum).abs() <= 1e-12 * sum.max(1e-300),
                "{name}: cdf({k}) {cdf} vs Σ {sum}"
            );
            let total = cdf + d.sf(k);
            assert!(
                (total - 1.0).abs() < 1e-13,
                "{name}: cdf + sf at {k} is 1 + {:e}",
                total - 1.0
            );
        }
        assert!((sum - 1.0).abs() < 1e-12, "{name}: pmf sums to {sum}");
        for k in lo..=hi {
            second += (k as f64 - first).powi(2) * d.pmf(k);
        }
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-10 * b.abs().max(1e-12);
        assert!(
            close(d.mean(), first),
            "{name}: mean {} vs Σ k·pmf {first}",
            d.mean()
        );
        assert!(
            close(d.variance(), second),
            "{name}: variance {} vs {second}",
            d.variance()
        );
        assert_eq!(d.cdf(lo - 1), 0.0, "{name}");
        assert_eq!(d.sf(lo - 1), 1.0, "{name}");
        assert_eq!(d.pmf(lo - 1), 0.0, "{name}");
    }
}

#[test]
fn discrete_quantile_is_the_smallest_k_reaching_p() {
    for (name, d) in discrete_cases() {
        let (lo, _) = d.support();
        for p in [1e-12, 1e-4, 0.1, 0.25, 0.5, 0.6, 0.9, 0.999, 1.0 - 1e-12] {
            let k = d.quantile(p).unwrap();
            assert_eq!(k.fract(), 0.0, "{name}");
            let k = k as i64;
            // cdf(k) ≥ p, read through sf in the upper half (1 − p is exact there).
            let reached = |j: i64| {
                if p <= 0.5 {
                    d.cdf(j) >= p
                } else {
                    d.sf(j) <= 1.0 - p
                }
            };
            assert!(reached(k), "{name}: quantile({p}) = {k} does not reach p");
            assert!(
                k == lo || !reached(k - 1),
                "{name}: quantile({p}) = {k} is not the smallest"
            );
            let q = 1.0 - p;
            let j = d.isf(q).unwrap() as i64;
            assert!(
                d.sf(j) <= q && (j == lo || d.sf(j - 1) > q),
                "{name}: isf({q}) = {j}"
            );
        }
        assert_eq!(d.quantile(0.0).unwrap(), lo as f64);
    }
}

/// Simpson's rule on [a, b] with 2m panels.
fn simpson(f: impl Fn(f64) -> f64, a: f64, b: f64, m: usize) -> f64 {
    let h = (b - a) / (2 * m) as f64;
    let mut s = f(a) + f(b);
    for i in 1..2 * m {
        s += f(a + i as f64 * h) * if i % 2 == 1 { 4.0 } else { 2.0 };
    }
    s * h / 3.0
}

#[test]
fn continuous_pdf_cdf_sf_and_quantiles_agree() {
    for (name, d) in continuous_cases() {
        // The quantiles at 10⁻⁶, 0.005, 0.01, …, 0.995, 1 − 10⁻⁶ (each interval holds ~0.005).
        let mut ps = vec![1e-6];
        ps.extend((1..200).map(|i| i as f64 / 200.0));
        ps.push(1.0 - 1e-6);
        let xs: Vec<f64> = ps.iter().map(|&p| d.quantile(p).unwrap()).collect();
        for w in xs.windows(2) {
            let (x, y) = (w[0], w[1]);
            assert!(
                y > x && d.cdf(y) >= d.cdf(x),
                "{name}: cdf decreases between {x} and {y}"
            );
            // 1e-9: under the normal both come from statrs's erfc (good to ~1e-12).
            assert!(
                (d.cdf(x) + d.sf(x) - 1.0).abs() < 1e-9,
                "{name}: cdf + sf at {x}"
            );
            // ∫ pdf over [x, y] where Simpson's rule is accurate: the pdf changes by less than
            // a factor 10 across (not the far tails of t(1), not next to χ²(1)'s pole at 0).
            // At 1e-8: the normal cdf rests on statrs's erfc, good to ~1e-12 absolutely, and
            // the difference of two cdfs here is ~0.005.
            let ratio = d.pdf(x) / d.pdf(y);
            if (0.1..10.0).contains(&ratio) {
                let integral = simpson(|t| d.pdf(t), x, y, 50);
                let diff = d.cdf(y) - d.cdf(x);
                assert!(
                    (integral - diff).abs() <= 1e-8 * diff.max(1e-12),
                    "{name}: ∫ pdf on [{x}, {y}] = {integral}, cdf difference {diff}"
                );
            }
        }
        // cdf(quantile(p)) = p up to 1e-9·p (statrs's erfc and erfc⁻¹, under the normal, are
        // good to ~1e-12, not to the last digit), plus what rounding x to a double moves the
        // cdf (pdf·|x|·2⁻⁵²: for Uniform(−2, 3), x = −2 + 5·10⁻¹² cannot hold p = 10⁻¹² better
        // than to 1e-4).
        let slack = |x: f64, p: f64| 1e-9 * p + d.pdf(x) * x.abs() * 2.0 * f64::EPSILON;
        // (Skipped where the quantile is below f64's normal range: χ²(1) at p = 10⁻³⁰⁰ is
        // about 10⁻⁶⁰⁰, and the solver returns the nearest double it can.)
        for p in [1e-300, 1e-200, 1e-12, 1e-5, 0.01, 0.3, 0.5] {
            let x = d.quantile(p).unwrap();
            if x > d.support().0 && x.abs() > 1e-290 {
                let back = d.cdf(x);
                assert!(
                    (back - p).abs() <= slack(x, p),
                    "{name}: cdf(quantile({p})) = {back}"
                );
            }
            let x = d.isf(p).unwrap();
            if x < d.support().1 {
                let back = d.sf(x);
                assert!(
                    (back - p).abs() <= slack(x, p),
                    "{name}: sf(isf({p})) = {back}"
                );
            }
        }
        for &x in xs.iter().step_by(10) {
            let c = d.cdf(x);
            let back = if c <= 0.5 {
                d.quantile(c)
            } else {
                d.isf(d.sf(x))
            }
            .unwrap();
            assert!(
                (back - x).abs() <= 1e-9 * x.abs().max(1e-3 * d.std_dev().min(1.0)),
                "{name}: quantile(cdf({x})) = {back}"
            );
        }
    }
}

#[test]
fn constructors_refuse_parameters_outside_the_domain() {
    let nan = f64::NAN;
    assert!(
        Bernoulli::new(nan).is_err()
            && Bernoulli::new(-0.1).is_err()
            && Bernoulli::new(1.1).is_err()
    );
    assert!(Binomial::new(5, nan).is_err() && Binomial::new(5, 1.5).is_err());
    assert!(Binomial::new(Binomial::MAX_TRIALS + 1, 0.5).is_err());
    assert!(
        Geometric::new(0.0).is_err()
            && Geometric::new(nan).is_err()
            && Geometric::new(1.01).is_err()
    );
    assert!(
        Poisson::new(-1.0).is_err()
            && Poisson::new(nan).is_err()
            && Poisson::new(f64::INFINITY).is_err()
    );
    assert!(
        Uniform::new(1.0, 1.0).is_err()
            && Uniform::new(2.0, 1.0).is_err()
            && Uniform::new(nan, 1.0).is_err()
    );
    assert!(
        Uniform::new(-f64::MAX, f64::MAX).is_err(),
        "b − a overflows"
    );
    assert!(
        Normal::new(0.0, 0.0).is_err()
            && Normal::new(0.0, -1.0).is_err()
            && Normal::new(nan, 1.0).is_err()
    );
    assert!(Normal::new(0.0, f64::INFINITY).is_err());
    assert!(Exponential::new(0.0).is_err() && Exponential::new(nan).is_err());
    assert!(
        StudentT::new(0.0).is_err() && StudentT::new(-2.0).is_err() && StudentT::new(nan).is_err()
    );
    assert!(ChiSquared::new(0.0).is_err() && ChiSquared::new(nan).is_err());
    let e = Normal::new(0.0, -1.0).unwrap_err().to_string();
    assert!(e.contains("σ = -1") && e.contains("greater than 0"), "{e}");
    for p in [nan, -0.1, 1.5] {
        assert!(matches!(
            Normal::standard().quantile(p),
            Err(DistError::Probability(_))
        ));
        assert!(Poisson::new(3.0).unwrap().quantile(p).is_err());
        assert!(StudentT::new(3.0).unwrap().isf(p).is_err());
    }
}

#[test]
fn nan_in_nan_out_and_infinite_arguments() {
    let t = StudentT::new(4.0).unwrap();
    let c = ChiSquared::new(3.0).unwrap();
    let n = Normal::standard();
    for d in [&t as &dyn Continuous, &c, &n] {
        assert!(d.pdf(f64::NAN).is_nan() && d.cdf(f64::NAN).is_nan() && d.sf(f64::NAN).is_nan());
        assert_eq!(d.cdf(f64::INFINITY), 1.0);
        assert_eq!(d.sf(f64::INFINITY), 0.0);
        assert_eq!(d.pdf(f64::INFINITY), 0.0);
    }
    let b = Binomial::new(10, 0.4).unwrap();
    assert!(b.pmf_at(f64::NAN).is_nan() && b.cdf_at(f64::NAN).is_nan());
    assert_eq!(b.pmf_at(2.5), 0.0);
    assert_eq!(b.cdf_at(2.5), b.cdf(2));
    assert_eq!(b.cdf_at(f64::INFINITY), 1.0);
    assert_eq!(Poisson::new(3.0).unwrap().sf_at(1e300), 0.0);
}

#[test]
fn extreme_parameters_stay_bounded_and_accurate() {
    // The largest binomial and Poisson allowed: the sums run to completion and add up.
    let b = Binomial::new(Binomial::MAX_TRIALS, 0.5).unwrap();
    let k = (Binomial::MAX_TRIALS / 2) as i64;
    let (c, s) = (b.cdf(k), b.sf(k));
    assert!(
        (c + s - 1.0).abs() < 1e-9 && (c - 0.5).abs() < 1e-6,
        "{c} {s}"
    );
    let p = Poisson::new(Poisson::MAX_RATE).unwrap();
    assert!((p.cdf(1e12 as i64) + p.sf(1e12 as i64) - 1.0).abs() < 1e-9);
    // Tails far below the centre are not rounded to 0.
    assert!(Normal::standard().sf(37.0) > 5e-300);
    assert!(StudentT::new(1e6).unwrap().sf(37.0) > 1e-300);
    // P(X > 0) = 1 − (1 − p)ⁿ for n = 10⁶, p = 10⁻⁹: about 10⁻³, with all its digits.
    let tiny = Binomial::new(1_000_000, 1e-9).unwrap();
    let want = -(1e6 * (-1e-9f64).ln_1p()).exp_m1();
    assert!(
        (tiny.sf(0) / want - 1.0).abs() < 1e-12,
        "{} {want}",
        tiny.sf(0)
    );
}
