//! Descriptive statistics and classification metrics against numpy, scipy and scikit-learn:
//! every case in `tests/data/stats_reference.json` (made by `tests/data/stats_reference.py`).
//!
//! Tolerances, and why:
//! - mean, variances, standard deviations, covariances: 1e-13 relative to the **exact** value
//!   (Python's fractions on the same floats). numpy is compared too, at 1e-12, but only where numpy
//!   itself agrees with the exact value to 1e-13: its uncorrected two-pass variance is off by
//!   1.7e-5 on the `1e15 + integers` data, and its squares underflow at 1e-300 (std = 0).
//! - quantiles, median, histogram edges: 1e-14 relative to the data's largest magnitude (the
//!   same arithmetic as numpy, so the results agree to rounding); histogram counts exactly.
//!   The same for r, the slope and the intercept (exact: a ratio of exact sums, the root in
//!   60 digits); the intercept relative to |ȳ| + |slope·x̄|, as it is a difference of those two.
//!   At 1e±300 the slope underflows to 0 (as the exact value does in f64) but the intercept
//!   must still be right: scipy's is off by a factor 2 there.
//! - classification metrics: 1e-15 relative (ratios of small counts; sklearn's F1 rounds
//!   differently from the count formula 2TP/(2TP + FP + FN) in the last bit).

use mathdrill::data;
use mathdrill::math::stats::StatsError;
use mathdrill::math::stats::classification::{
    ConfusionMatrix, ZeroDivision, accuracy_score, f1_score, precision_score, recall_score,
    roc_auc, roc_points,
};
use mathdrill::math::stats::descriptive::{
    Divisor, correlation, covariance, histogram, least_squares, mean, median, modes, quantiles,
    std_dev, variance,
};
use serde_json::Value as Json;

fn reference() -> Json {
    let text = include_str!("data/stats_reference.json");
    serde_json::from_str(text).expect("stats_reference.json parses")
}

fn floats(j: &Json) -> Vec<f64> {
    j.as_array()
        .unwrap_or_else(|| panic!("not an array: {j}"))
        .iter()
        .map(|v| v.as_f64().unwrap_or(f64::NAN))
        .collect()
}

fn close(what: &str, got: f64, want: f64, rel: f64, scale: f64) {
    let tol = rel * want.abs().max(scale);
    assert!(
        (got - want).abs() <= tol,
        "{what}: got {got:e}, want {want:e} (diff {:e} > {tol:e})",
        (got - want).abs()
    );
}

fn ok(r: Result<f64, StatsError>, what: &str) -> f64 {
    r.unwrap_or_else(|e| panic!("{what}: {e}"))
}

#[test]
fn descriptive_statistics_match_exact_values_and_numpy() {
    let r = reference();
    let qs = floats(&r["quantile_qs"]);
    let mut checked = 0;
    for case in r["descriptive"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let (x, y) = (floats(&case["x"]), floats(&case["y"]));
        let n = x.len();
        let scale = x.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let exact = &case["exact"];
        let mut both = |key: &str, got: f64| {
            let at = format!("{name} {key}");
            if let Some(e) = exact[key].as_f64() {
                close(&format!("{at} vs exact"), got, e, 1e-13, 0.0);
                // numpy too, where numpy is itself right.
                if let Some(np) = case[key].as_f64()
                    && (np - e).abs() <= 1e-13 * e.abs()
                {
                    close(&format!("{at} vs numpy"), got, np, 1e-12, 0.0);
                }
            } else {
                // The exact value overflows f64 (variance at 1e300): so must ours.
                assert!(got.is_infinite(), "{at}: {got}");
            }
            checked += 1;
        };
        both("mean", ok(mean(&x), name));
        both("var0", ok(variance(&x, Divisor::Population), name));
        both("std0", ok(std_dev(&x, Divisor::Population), name));
        both("cov0", ok(covariance(&x, &y, Divisor::Population), name));
        if n > 1 {
            both("var1", ok(variance(&x, Divisor::Sample), name));
            both("std1", ok(std_dev(&x, Divisor::Sample), name));
            both("cov1", ok(covariance(&x, &y, Divisor::Sample), name));
        } else {
            assert!(variance(&x, Divisor::Sample).is_err(), "{name}");
        }
        close(
            &format!("{name} median"),
            ok(median(&x), name),
            case["median"].as_f64().unwrap(),
            1e-14,
            scale,
        );
        let got_q = quantiles(&x, &qs).unwrap();
        for ((g, w), q) in got_q.iter().zip(floats(&case["quantiles"])).zip(&qs) {
            close(&format!("{name} quantile {q}"), *g, w, 1e-14, scale);
        }
        let m = modes(&x).unwrap();
        assert_eq!(m.values, floats(&case["modes"]), "{name} modes");
        assert_eq!(
            m.count as u64,
            case["mode_count"].as_u64().unwrap(),
            "{name}"
        );
        for h in case["histograms"].as_array().unwrap() {
            let k = h["bins"].as_u64().unwrap() as usize;
            let got = histogram(&x, k).unwrap();
            let counts: Vec<usize> = floats(&h["counts"]).iter().map(|&c| c as usize).collect();
            assert_eq!(got.counts, counts, "{name} histogram {k}");
            for (g, w) in got.edges.iter().zip(floats(&h["edges"])) {
                close(&format!("{name} edge"), *g, w, 1e-14, scale);
            }
        }
        if exact["corr"].is_number() {
            let line = least_squares(&x, &y).unwrap();
            both("corr", correlation(&x, &y).unwrap());
            both("rvalue", line.r);
            both("slope", line.slope);
            let at = format!("{name} intercept");
            let scale = exact["intercept_scale"].as_f64().unwrap();
            let e = exact["intercept"].as_f64().unwrap();
            close(&format!("{at} vs exact"), line.intercept, e, 1e-13, scale);
            if let Some(np) = case["intercept"].as_f64()
                && (np - e).abs() <= 1e-13 * scale
            {
                close(&format!("{at} vs scipy"), line.intercept, np, 1e-12, scale);
            }
        } else if n > 1 {
            assert!(
                matches!(correlation(&x, &y), Err(StatsError::ZeroVariance { .. })),
                "{name}"
            );
            assert!(least_squares(&x, &y).is_err(), "{name}");
        } else {
            assert!(correlation(&x, &y).is_err(), "{name}");
        }
    }
    assert!(checked > 80, "only {checked} moments checked");
}

fn labels(j: &Json) -> Vec<u8> {
    floats(j).iter().map(|&v| v as u8).collect()
}

#[test]
fn classification_metrics_match_sklearn() {
    let r = reference();
    for case in r["classification"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let (y, pred, scores) = (
            labels(&case["y"]),
            labels(&case["pred"]),
            floats(&case["scores"]),
        );
        let m = ConfusionMatrix::from_labels(&y, &pred).unwrap();
        let c = &case["confusion"];
        assert_eq!(
            (m.true_pos, m.false_pos, m.true_neg, m.false_neg),
            (
                c["tp"].as_u64().unwrap(),
                c["fp"].as_u64().unwrap(),
                c["tn"].as_u64().unwrap(),
                c["fn"].as_u64().unwrap()
            ),
            "{name}"
        );
        for (zd, key) in [(ZeroDivision::Zero, "zd0"), (ZeroDivision::One, "zd1")] {
            let want = |m: &str| case[format!("{m}_{key}")].as_f64().unwrap();
            close(
                &format!("{name} precision {key}"),
                precision_score(&y, &pred, zd).unwrap(),
                want("precision"),
                1e-15,
                1.0,
            );
            close(
                &format!("{name} recall {key}"),
                recall_score(&y, &pred, zd).unwrap(),
                want("recall"),
                1e-15,
                1.0,
            );
            close(
                &format!("{name} f1 {key}"),
                f1_score(&y, &pred, zd).unwrap(),
                want("f1"),
                1e-15,
                1.0,
            );
        }
        close(
            &format!("{name} accuracy"),
            accuracy_score(&y, &pred).unwrap(),
            case["accuracy"].as_f64().unwrap(),
            1e-15,
            1.0,
        );
        match case["roc_auc"].as_f64() {
            Some(want) => {
                close(
                    &format!("{name} auc"),
                    roc_auc(&y, &scores).unwrap(),
                    want,
                    1e-15,
                    1.0,
                );
                let pts = roc_points(&y, &scores).unwrap();
                let roc = &case["roc"];
                let (fpr, tpr) = (floats(&roc["fpr"]), floats(&roc["tpr"]));
                assert_eq!(pts.len(), fpr.len(), "{name}: number of ROC points");
                for (i, p) in pts.iter().enumerate() {
                    close(&format!("{name} fpr {i}"), p.fpr, fpr[i], 1e-15, 1.0);
                    close(&format!("{name} tpr {i}"), p.tpr, tpr[i], 1e-15, 1.0);
                    match roc["thresholds"][i].as_f64() {
                        Some(t) => assert_eq!(p.threshold, t, "{name} threshold {i}"),
                        None => assert!(p.threshold.is_infinite(), "{name} threshold {i}"),
                    }
                }
            }
            None => assert!(
                matches!(roc_auc(&y, &scores), Err(StatsError::OneClass { .. })),
                "{name}"
            ),
        }
    }
}

#[test]
fn the_shipped_iris_file_matches_sklearn() {
    let r = reference();
    let iris = &r["iris"];
    let table = data::dataset("iris").unwrap();
    assert_eq!(table.len() as u64, iris["rows"].as_u64().unwrap());
    for (name, want) in iris["columns"].as_object().unwrap() {
        let xs = data::column(&format!("iris.{name}")).unwrap();
        let w = |k: &str| want[k].as_f64().unwrap();
        close(
            &format!("{name} mean"),
            mean(xs).unwrap(),
            w("mean"),
            1e-13,
            0.0,
        );
        close(
            &format!("{name} std1"),
            std_dev(xs, Divisor::Sample).unwrap(),
            w("std1"),
            1e-13,
            0.0,
        );
        close(
            &format!("{name} var0"),
            variance(xs, Divisor::Population).unwrap(),
            w("var0"),
            1e-13,
            0.0,
        );
        close(
            &format!("{name} median"),
            median(xs).unwrap(),
            w("median"),
            1e-15,
            0.0,
        );
        let q = quantiles(xs, &[0.0, 0.25, 0.75, 1.0]).unwrap();
        for (g, k) in q.iter().zip(["min", "q1", "q3", "max"]) {
            close(&format!("{name} {k}"), *g, w(k), 1e-15, 0.0);
        }
    }
    let (pl, pw) = (
        data::column("iris.petal_length").unwrap(),
        data::column("iris.petal_width").unwrap(),
    );
    let r_want = iris["corr_petal_length_petal_width"].as_f64().unwrap();
    close(
        "iris corr",
        correlation(pl, pw).unwrap(),
        r_want,
        1e-12,
        0.0,
    );
    assert!((r_want - 0.9628654).abs() < 1e-7, "the known value");
    close(
        "iris cov",
        covariance(pl, pw, Divisor::Sample).unwrap(),
        iris["cov1_petal_length_petal_width"].as_f64().unwrap(),
        1e-13,
        0.0,
    );
    let lr = &iris["linregress_petal_width_on_length"];
    let line = least_squares(pl, pw).unwrap();
    close(
        "iris slope",
        line.slope,
        lr["slope"].as_f64().unwrap(),
        1e-12,
        0.0,
    );
    close(
        "iris intercept",
        line.intercept,
        lr["intercept"].as_f64().unwrap(),
        1e-12,
        1.0,
    );
    let h = &iris["histogram_petal_length"];
    let got = histogram(pl, 10).unwrap();
    let counts: Vec<usize> = floats(&h["counts"]).iter().map(|&c| c as usize).collect();
    assert_eq!(got.counts, counts);
    for (g, w) in got.edges.iter().zip(floats(&h["edges"])) {
        close("iris edge", *g, w, 1e-15, 7.0);
    }
    for (species, want) in iris["species"].as_object().unwrap() {
        let rows = table.rows_where("species", species).unwrap();
        assert_eq!(
            rows.len() as u64,
            want["count"].as_u64().unwrap(),
            "{species}"
        );
        let xs = rows.numeric("petal_length").unwrap();
        close(
            &format!("{species} mean"),
            mean(xs).unwrap(),
            want["petal_length_mean"].as_f64().unwrap(),
            1e-13,
            0.0,
        );
        close(
            &format!("{species} sd"),
            std_dev(xs, Divisor::Sample).unwrap(),
            want["petal_length_std1"].as_f64().unwrap(),
            1e-13,
            0.0,
        );
    }
}
