//! Inference checked against independent computations (the scipy/statsmodels values are in
//! `tests/inference_reference.rs`): statrs's sample statistics for the summaries, the duality of
//! intervals and tests (a two-sided p-value at an endpoint of the `1 − α` interval is `α`),
//! pooled = Welch when the samples match, power + β = 1 with the type I error equal to α, Holm
//! rejecting at least what Bonferroni rejects, and the errors for bad input.

use super::*;
use statrs::statistics::Statistics;

fn sample() -> Vec<f64> {
    vec![4.1, 5.3, 6.2, 4.8, 5.9, 7.4, 5.0, 6.6, 4.4, 5.7]
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1e-300)
}

#[test]
fn summary_agrees_with_statrs_at_every_scale() {
    for scale in [1.0, 1e150, 1e-150, -3e299] {
        let xs: Vec<f64> = sample().iter().map(|x| x * scale).collect();
        let s = Summary::from_data(&xs).unwrap();
        let unscaled = Summary::from_data(&sample()).unwrap();
        assert_eq!(s.n, 10);
        assert!(close(s.mean, unscaled.mean * scale, 1e-14), "{scale}");
        assert!(close(s.sd, unscaled.sd * scale.abs(), 1e-14), "{scale}");
        // The t statistic does not depend on the units.
        let t = t_test(&s, 5.0 * scale, Alternative::TwoSided).unwrap();
        let t1 = t_test(&unscaled, 5.0, Alternative::TwoSided).unwrap();
        assert!(
            close(t.statistic, t1.statistic * scale.signum(), 1e-12),
            "{scale}"
        );
    }
    let xs = sample();
    let s = Summary::from_data(&xs).unwrap();
    assert!(close(s.mean, xs.clone().mean(), 1e-14));
    assert!(
        close(s.sd, xs.std_dev(), 1e-14),
        "the sample sd divides by n − 1"
    );
}

#[test]
fn a_two_sided_p_value_at_an_interval_end_is_alpha() {
    let s = Summary::from_data(&sample()).unwrap();
    for confidence in [0.8, 0.95, 0.999] {
        let alpha = 1.0 - confidence;
        let ci = t_interval(&s, confidence).unwrap();
        for end in [ci.lower, ci.upper] {
            let p = t_test(&s, end, Alternative::TwoSided).unwrap().p_value;
            assert!(close(p, alpha, 1e-9), "t: {confidence} {p}");
        }
        let zi = z_interval(s.mean, 1.2, s.n, confidence).unwrap();
        let p = z_test(s.mean, zi.upper, 1.2, s.n, Alternative::TwoSided)
            .unwrap()
            .p_value;
        assert!(close(p, alpha, 1e-9), "z: {confidence} {p}");
        // One-sided at the same point: half of it, on the side the point lies.
        let less = z_test(s.mean, zi.upper, 1.2, s.n, Alternative::Less)
            .unwrap()
            .p_value;
        assert!(close(less, alpha / 2.0, 1e-9));
    }
    let ci = t_interval(&s, 0.95).unwrap();
    assert!(close(ci.upper - ci.lower, 2.0 * ci.margin(), 1e-14));
    // scipy: t.ppf(0.975, 9) = 2.2621571627409915.
    assert!(
        close(ci.critical, 2.2621571627409915, 1e-9),
        "t_{{0.975, 9}} = {}",
        ci.critical
    );
}

#[test]
fn p_values_of_the_three_alternatives_fit_together() {
    let s = Summary::from_data(&sample()).unwrap();
    for mu0 in [4.0, 5.0, 5.54, 6.0, 9.0] {
        let two = t_test(&s, mu0, Alternative::TwoSided).unwrap().p_value;
        let less = t_test(&s, mu0, Alternative::Less).unwrap().p_value;
        let greater = t_test(&s, mu0, Alternative::Greater).unwrap().p_value;
        assert!(close(less + greater, 1.0, 1e-14), "{mu0}");
        assert!(close(two, 2.0 * less.min(greater), 1e-12), "{mu0}");
    }
}

#[test]
fn welch_and_pooled_meet_when_the_samples_match() {
    let a = Summary::new(12, 10.0, 2.0).unwrap();
    let b = Summary::new(12, 8.5, 2.0).unwrap();
    let w = welch_t_test(&a, &b, Alternative::TwoSided).unwrap();
    let p = pooled_t_test(&a, &b, Alternative::TwoSided).unwrap();
    assert!(close(w.statistic, p.statistic, 1e-14));
    assert!(close(w.df.unwrap(), 22.0, 1e-14) && close(p.df.unwrap(), 22.0, 1e-14));
    // Unequal spreads: Welch's df lies between min(n) − 1 and n₁ + n₂ − 2.
    let c = Summary::new(30, 8.5, 6.0).unwrap();
    let df = welch_df(&a, &c);
    assert!(df > 11.0 && df < 40.0, "{df}");
    let w = welch_t_test(&a, &c, Alternative::Greater).unwrap();
    let p = pooled_t_test(&a, &c, Alternative::Greater).unwrap();
    assert!(w.statistic != p.statistic && w.p_value != p.p_value);
}

#[test]
fn power_type_one_and_type_two_errors() {
    for alternative in [
        Alternative::TwoSided,
        Alternative::Less,
        Alternative::Greater,
    ] {
        let design = ZTestDesign::new(100.0, 15.0, 25, 0.05, alternative).unwrap();
        // At 1e-9: Φ rests on statrs's erfc, good to ~1e-12 (not to the last digit).
        assert!(
            close(design.type_one_error(), 0.05, 1e-9),
            "{alternative:?}"
        );
        for mu in [80.0, 95.0, 99.0, 101.0, 104.0, 110.0, 140.0, 200.0] {
            let (power, beta) = (design.power(mu), design.type_two_error(mu));
            assert!(
                close(power + beta, 1.0, 1e-9),
                "{alternative:?} {mu}: 1 + {:e}",
                power + beta - 1.0
            );
            assert!(beta > 0.0, "β is tiny but not 0: {alternative:?} {mu}");
        }
    }
    // σ = 15, n = 25, α = 0.05 one-sided, μ = 105: d = 5/3,
    // power = 1 − Φ(1.6449 − 1.6667) = Φ(0.0218) = 0.50870 (scipy: 0.5087014537630922).
    let design = ZTestDesign::new(100.0, 15.0, 25, 0.05, Alternative::Greater).unwrap();
    assert!(close(design.power(105.0), 0.5087014537630922, 1e-9));
    assert!(close(design.critical_z(), 1.6448536269514722, 1e-9));
    // Far from μ₀, β keeps its digits: one-sided β = Φ(z_α − d) at d = 37
    // (scipy: norm.cdf(norm.isf(0.05) − 37) = 4.178477882232799e-274).
    let beta = design.type_two_error(100.0 + 37.0 * 3.0);
    assert!(close(beta, 4.178477882232799e-274, 1e-9), "{beta}");
    // Power grows with the distance and with n.
    let bigger = ZTestDesign::new(100.0, 15.0, 100, 0.05, Alternative::Greater).unwrap();
    assert!(bigger.power(105.0) > design.power(105.0));
    assert!(design.power(106.0) > design.power(105.0));
}

#[test]
fn bonferroni_holm_and_the_family_wise_error_rate() {
    let p = [0.01, 0.04, 0.03, 0.005, 0.2];
    let b = bonferroni(&p, 0.05).unwrap();
    assert_eq!(b.adjusted, vec![0.05, 0.2, 0.15, 0.025, 1.0]);
    assert_eq!(b.reject, vec![true, false, false, true, false]);
    let h = holm(&p, 0.05).unwrap();
    // Sorted: 0.005·5, 0.01·4, 0.03·3, 0.04·2, 0.2·1 → 0.025, 0.04, 0.09, 0.09 (running max), 0.2.
    let want = [0.04, 0.09, 0.09, 0.025, 0.2];
    for (got, want) in h.adjusted.iter().zip(want) {
        assert!(close(*got, want, 1e-14), "{got} {want}");
    }
    assert_eq!(h.reject, vec![true, false, false, true, false]);
    for (hr, br) in h.reject.iter().zip(&b.reject) {
        assert!(*hr || !*br, "Holm rejects whatever Bonferroni rejects");
    }
    // Holm can reject more: 0.02 ≤ 0.05/2 and 0.04 ≤ 0.05/1, but not ≤ 0.05/3.
    let h = holm(&[0.01, 0.02, 0.04], 0.05).unwrap();
    assert_eq!(h.reject, vec![true, true, true]);
    assert_eq!(
        bonferroni(&[0.01, 0.02, 0.04], 0.05).unwrap().reject,
        vec![true, false, false]
    );
    // FWER and the threshold.
    assert_eq!(family_wise_error_rate(0.05, 1).unwrap(), 0.05);
    assert!(close(
        family_wise_error_rate(0.05, 20).unwrap(),
        1.0 - 0.95f64.powi(20),
        1e-14
    ));
    assert!(close(
        family_wise_error_rate(1e-12, 3).unwrap(),
        3e-12,
        1e-9
    ));
    assert_eq!(family_wise_error_rate(0.05, 0).unwrap(), 0.0);
    assert_eq!(bonferroni_threshold(0.05, 10).unwrap(), 0.005);
    assert!(bonferroni(&[], 0.05).unwrap().adjusted.is_empty());
}

#[test]
fn wald_interval_and_proportion_test() {
    // p̂ = 0.4, n = 100: SE = √(0.24/100) = 0.04899, 95%: 0.4 ± 1.96·0.04899.
    let ci = wald_interval(40, 100, 0.95).unwrap();
    assert!(close(ci.standard_error, 0.24f64.sqrt() / 10.0, 1e-14));
    assert!(close(
        ci.lower,
        0.4 - 1.959963984540054 * 0.24f64.sqrt() / 10.0,
        1e-9
    ));
    // Not clipped: 1 success in 10 gives a negative lower end (statsmodels would clip to 0).
    assert!(wald_interval(1, 10, 0.95).unwrap().lower < 0.0);
    // The test uses p₀ in the standard error: z = (0.4 − 0.5)/√(0.25/100) = −2.
    let t = proportion_z_test(40, 100, 0.5, Alternative::TwoSided).unwrap();
    assert!(close(t.statistic, -2.0, 1e-14));
    assert!(close(t.p_value, 0.04550026389635842, 1e-9));
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let nan = f64::NAN;
    assert!(matches!(
        Summary::from_data(&[1.0, nan, 2.0]),
        Err(InferenceError::NotFinite)
    ));
    assert!(matches!(
        Summary::from_data(&[1.0, f64::INFINITY]),
        Err(InferenceError::NotFinite)
    ));
    assert!(matches!(
        Summary::from_data(&[1.0]),
        Err(InferenceError::TooFewValues { .. })
    ));
    assert!(Summary::new(0, 1.0, 1.0).is_err() && Summary::new(3, nan, 1.0).is_err());
    assert!(Summary::new(3, 1.0, -1.0).is_err());
    assert!(matches!(
        t_test_from_data(&[2.0, 2.0, 2.0], 1.0, Alternative::TwoSided),
        Err(InferenceError::ZeroSpread)
    ));
    assert!(t_test_from_data(&sample(), nan, Alternative::TwoSided).is_err());
    assert!(t_interval(&Summary::new(1, 3.0, 0.0).unwrap(), 0.95).is_err());
    for c in [0.0, 1.0, 95.0, nan] {
        assert!(t_interval_from_data(&sample(), c).is_err(), "{c}");
        assert!(wald_interval(3, 10, c).is_err());
    }
    assert!(
        z_interval(1.0, 0.0, 5, 0.95).is_ok(),
        "σ = 0: a zero-width interval"
    );
    assert!(z_interval(1.0, -1.0, 5, 0.95).is_err() && z_interval(1.0, 1.0, 0, 0.95).is_err());
    assert!(z_test(1.0, 0.0, 0.0, 5, Alternative::Less).is_err());
    assert!(standard_error(nan, 3).is_err() && standard_error(1.0, 0).is_err());
    assert!(wald_interval(11, 10, 0.95).is_err() && wald_interval(0, 0, 0.95).is_err());
    assert!(proportion_z_test(3, 10, 0.0, Alternative::Less).is_err());
    assert!(proportion_z_test(3, 10, 1.0, Alternative::Less).is_err());
    assert!(ZTestDesign::new(0.0, 1.0, 10, 1.5, Alternative::Less).is_err());
    assert!(ZTestDesign::new(0.0, 1.0, 0, 0.05, Alternative::Less).is_err());
    assert!(bonferroni(&[0.1, 1.2], 0.05).is_err() && holm(&[nan], 0.05).is_err());
    assert!(holm(&[0.1], 0.0).is_err() && family_wise_error_rate(nan, 3).is_err());
    assert!(bonferroni_threshold(0.05, 0).is_err());
    let a = Summary::new(1, 1.0, 0.0).unwrap();
    let b = Summary::new(5, 1.0, 1.0).unwrap();
    assert!(welch_t_test(&a, &b, Alternative::TwoSided).is_err());
    let c = Summary::new(5, 1.0, 0.0).unwrap();
    assert!(matches!(
        pooled_t_test(&c, &c, Alternative::TwoSided),
        Err(InferenceError::ZeroSpread)
    ));
    let e = t_interval_from_data(&sample(), 95.0)
        .unwrap_err()
        .to_string();
    assert!(e.contains("0.95 for 95%"), "{e}");
}
