//! Inference against `tests/data/inference_reference.json` (made by
//! `tests/data/inference_reference.py` with scipy.stats and statsmodels; t-test p-values checked
//! with mpmath): statistics, degrees of freedom, p-values, interval ends, power, type II errors
//! and adjusted p-values agree to 1e-9 relative; reject decisions exactly. Data at scales 1,
//! 1e150 and 1e-150, sizes 2 to 1000, p-values down to 1e-40.

use mathdrill::math::stats::inference::{
    Alternative, Summary, ZTestDesign, bonferroni, family_wise_error_rate, holm, pooled_t_test,
    pooled_t_test_from_data, proportion_z_test, standard_error, t_interval, t_interval_from_data,
    t_test, t_test_from_data, wald_interval, welch_t_test, welch_t_test_from_data, z_interval,
    z_test,
};
use serde_json::Value as Json;

const TOL: f64 = 1e-9;

fn f(case: &Json, key: &str) -> f64 {
    case[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} in {case}"))
}

fn u(case: &Json, key: &str) -> usize {
    case[key].as_u64().unwrap() as usize
}

fn floats(case: &Json, key: &str) -> Vec<f64> {
    case[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect()
}

fn alternative(case: &Json) -> Alternative {
    match case["alternative"].as_str().unwrap() {
        "two-sided" => Alternative::TwoSided,
        "less" => Alternative::Less,
        "greater" => Alternative::Greater,
        other => panic!("alternative {other}"),
    }
}

fn summary(v: &[f64]) -> Summary {
    Summary::new(v[0] as usize, v[1], v[2]).unwrap()
}

/// The pairs (what, ours, reference) one case produces.
fn compare(case: &Json) -> Vec<(&'static str, f64, f64)> {
    let alt = || alternative(case);
    let test = |r: mathdrill::math::stats::inference::TestResult, with_df: bool| {
        let mut v = vec![
            ("statistic", r.statistic, f(case, "statistic")),
            ("p_value", r.p_value, f(case, "p_value")),
        ];
        if with_df {
            v.push(("df", r.df.unwrap(), f(case, "df")));
        }
        v
    };
    let interval = |ci: mathdrill::math::stats::inference::ConfidenceInterval| {
        vec![
            ("lower", ci.lower, f(case, "lower")),
            ("upper", ci.upper, f(case, "upper")),
        ]
    };
    match case["fn"].as_str().unwrap() {
        "standard_error" => vec![(
            "se",
            standard_error(f(case, "sigma"), u(case, "n")).unwrap(),
            f(case, "value"),
        )],
        "z_interval" => interval(
            z_interval(
                f(case, "mean"),
                f(case, "sigma"),
                u(case, "n"),
                f(case, "confidence"),
            )
            .unwrap(),
        ),
        "t_interval" => {
            interval(t_interval_from_data(&floats(case, "data"), f(case, "confidence")).unwrap())
        }
        "t_interval_summary" => {
            let s = Summary::new(u(case, "n"), f(case, "mean"), f(case, "sd")).unwrap();
            interval(t_interval(&s, f(case, "confidence")).unwrap())
        }
        "wald" => interval(
            wald_interval(
                u(case, "successes") as u64,
                u(case, "n") as u64,
                f(case, "confidence"),
            )
            .unwrap(),
        ),
        "z_test" => test(
            z_test(
                f(case, "mean"),
                f(case, "mu0"),
                f(case, "sigma"),
                u(case, "n"),
                alt(),
            )
            .unwrap(),
            false,
        ),
        "t_test" => test(
            t_test_from_data(&floats(case, "data"), f(case, "mu0"), alt()).unwrap(),
            true,
        ),
        "t_test_summary" => {
            let s = Summary::new(u(case, "n"), f(case, "mean"), f(case, "sd")).unwrap();
            test(t_test(&s, f(case, "mu0"), alt()).unwrap(), true)
        }
        "welch" => test(
            welch_t_test_from_data(&floats(case, "a"), &floats(case, "b"), alt()).unwrap(),
            true,
        ),
        "pooled" => test(
            pooled_t_test_from_data(&floats(case, "a"), &floats(case, "b"), alt()).unwrap(),
            true,
        ),
        "welch_summary" => test(
            welch_t_test(
                &summary(&floats(case, "a")),
                &summary(&floats(case, "b")),
                alt(),
            )
            .unwrap(),
            true,
        ),
        "pooled_summary" => test(
            pooled_t_test(
                &summary(&floats(case, "a")),
                &summary(&floats(case, "b")),
                alt(),
            )
            .unwrap(),
            true,
        ),
        "proportion_test" => test(
            proportion_z_test(
                u(case, "successes") as u64,
                u(case, "n") as u64,
                f(case, "p0"),
                alt(),
            )
            .unwrap(),
            false,
        ),
        "power" => {
            let d = ZTestDesign::new(
                f(case, "mu0"),
                f(case, "sigma"),
                u(case, "n"),
                f(case, "alpha"),
                alt(),
            )
            .unwrap();
            let mu = f(case, "mu");
            vec![
                ("power", d.power(mu), f(case, "power")),
                ("type_two", d.type_two_error(mu), f(case, "type_two")),
            ]
        }
        "bonferroni" | "holm" => {
            let p = floats(case, "p_values");
            let alpha = f(case, "alpha");
            let r = if case["fn"] == "holm" {
                holm(&p, alpha)
            } else {
                bonferroni(&p, alpha)
            }
            .unwrap();
            let want_reject: Vec<bool> = case["reject"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_bool().unwrap())
                .collect();
            assert_eq!(r.reject, want_reject, "{case}");
            let want = floats(case, "adjusted");
            r.adjusted
                .iter()
                .zip(want)
                .map(|(g, w)| ("adjusted", *g, w))
                .collect()
        }
        "fwer" => vec![(
            "fwer",
            family_wise_error_rate(f(case, "alpha"), u(case, "m") as u64).unwrap(),
            f(case, "value"),
        )],
        other => panic!("unknown case {other}"),
    }
}

#[test]
fn inference_agrees_with_scipy_and_statsmodels() {
    let json: Json = serde_json::from_str(include_str!("data/inference_reference.json")).unwrap();
    let cases = json["cases"].as_array().unwrap();
    assert!(cases.len() > 500, "the reference file lost its cases");
    let mut failures = Vec::new();
    let mut worst = (0.0f64, String::new());
    for case in cases {
        for (what, got, want) in compare(case) {
            let ok = if want == 0.0 {
                got.abs() < 1e-300
            } else {
                (got - want).abs() <= TOL * want.abs()
            };
            if want != 0.0 {
                let rel = ((got - want) / want).abs();
                if rel > worst.0 {
                    worst = (rel, format!("{} {what}", case["fn"]));
                }
            }
            if !ok {
                failures.push(format!("{} {what}: got {got:e}, want {want:e}", case["fn"]));
            }
        }
    }
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
