//! The ML library (`mathdrill::math::ml`) against sklearn, numpy and scipy: the "library" part of
//! `tests/data/ml_reference.json` (made by `tests/data/ml_reference.py`). Ridge, Lasso and
//! LinearRegression `coef_`/`intercept_` on Iris columns and on synthetic sets (scaled by 1, 1e3
//! and 1e-3), R², MSE, MAE, Huber (scipy.special.huber), log loss (sklearn, clipped
//! probabilities included), softmax / log-sum-exp / expit / log_expit (scipy.special, entries in
//! the thousands and at 1e±150), numpy's polyfit and sklearn's KFold test folds.

use mathdrill::math::ml::kfold::kfold;
use mathdrill::math::ml::loss::{self, Targets};
use mathdrill::math::ml::regression::{
    GdOptions, LassoOptions, LinearFit, fit_gradient_descent, fit_lasso, fit_normal_equations,
    fit_polynomial, fit_qr, fit_ridge, r_squared,
};
use mathdrill::math::ml::{log_sigmoid, logsumexp, sigmoid, softmax};
use nalgebra::DMatrix;
use serde_json::Value as Json;

mod support;
use support::json::floats;

fn data() -> Json {
    serde_json::from_str(include_str!("data/ml_reference.json")).unwrap()
}

fn matrix(rows: &Json) -> DMatrix<f64> {
    let rows: Vec<Vec<f64>> = rows.as_array().unwrap().iter().map(floats).collect();
    DMatrix::from_fn(rows.len(), rows[0].len(), |i, j| rows[i][j])
}

fn iris(columns: &Json) -> DMatrix<f64> {
    let cols: Vec<&[f64]> = columns
        .as_array()
        .unwrap()
        .iter()
        .map(|c| mathdrill::data::column(&format!("iris.{}", c.as_str().unwrap())).unwrap())
        .collect();
    DMatrix::from_fn(cols[0].len(), cols.len(), |i, j| cols[j][i])
}

fn petal_width() -> Vec<f64> {
    mathdrill::data::column("iris.petal_width")
        .unwrap()
        .to_vec()
}

/// |got − want| ≤ tol·max(|want|, scale) for every entry.
fn close(got: f64, want: f64, tol: f64, scale: f64) -> bool {
    (got - want).abs() <= tol * want.abs().max(scale)
}

/// The fit against a case's `coef` and `intercept`, relative to the largest of them.
fn assert_fit(what: &str, fit: &LinearFit, case: &Json, tol: f64) {
    let coef = floats(&case["coef"]);
    let intercept = case["intercept"].as_f64().unwrap();
    let scale = coef
        .iter()
        .chain([&intercept])
        .fold(0.0_f64, |m, v| m.max(v.abs()));
    assert_eq!(fit.coef.len(), coef.len(), "{what}");
    for (g, w) in fit
        .coef
        .iter()
        .zip(&coef)
        .chain([(&fit.intercept, &intercept)])
    {
        assert!(
            close(*g, *w, tol, scale),
            "{what}: got {:?} + {}, sklearn {coef:?} + {intercept}",
            fit.coef,
            fit.intercept
        );
    }
}

fn tight() -> LassoOptions {
    LassoOptions {
        tol: 1e-12,
        max_iter: 1_000_000,
    }
}

#[test]
fn linear_regression_three_ways_on_iris() {
    let d = data();
    let y = petal_width();
    for case in d["library"]["iris_linear"].as_array().unwrap() {
        let x = iris(&case["columns"]);
        assert_fit(
            "normal equations",
            &fit_normal_equations(&x, &y).unwrap(),
            case,
            1e-10,
        );
        assert_fit("QR", &fit_qr(&x, &y).unwrap(), case, 1e-10);
        // Gradient descent on the raw one-feature design (κ of the Hessian about 100). The three
        // correlated raw features have κ near 1e5: GD would need millions of steps there, which
        // is the lesson of feature scaling rather than a check of the fit.
        if x.ncols() == 1 {
            let gd = fit_gradient_descent(&x, &y, GdOptions::default()).unwrap();
            assert!(gd.converged, "{}", gd.iterations);
            assert_fit("gradient descent", &gd.fit, case, 1e-6);
        }
        if let Some(r2) = case["r2"].as_f64() {
            let fit = fit_qr(&x, &y).unwrap();
            let got = r_squared(&y, &fit.predict(&x).unwrap()).unwrap();
            assert!(close(got, r2, 1e-12, 1.0), "{got} {r2}");
        }
    }
}

#[test]
fn ridge_and_lasso_on_iris() {
    let d = data();
    let y = petal_width();
    for case in d["library"]["iris_ridge"].as_array().unwrap() {
        let x = iris(&case["columns"]);
        let alpha = case["alpha"].as_f64().unwrap();
        assert_fit(
            &format!("ridge α = {alpha}"),
            &fit_ridge(&x, &y, alpha).unwrap(),
            case,
            1e-9,
        );
    }
    let mut zeros_seen = false;
    for case in d["library"]["iris_lasso"].as_array().unwrap() {
        let x = iris(&case["columns"]);
        let alpha = case["alpha"].as_f64().unwrap();
        let fit = fit_lasso(&x, &y, alpha, tight()).unwrap();
        assert!(fit.converged, "α = {alpha}");
        assert_fit(&format!("lasso α = {alpha}"), &fit.fit, case, 1e-7);
        // sklearn's exact zeros are exact here too.
        for (g, w) in fit.fit.coef.iter().zip(floats(&case["coef"])) {
            assert_eq!(*g == 0.0, w == 0.0, "lasso α = {alpha}: {:?}", fit.fit.coef);
            zeros_seen |= w == 0.0;
        }
    }
    assert!(zeros_seen);
}

#[test]
fn synthetic_sets_at_three_scales() {
    let d = data();
    for (k, case) in d["library"]["synthetic"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        let x = matrix(&case["x"]);
        let y = floats(&case["y"]);
        let what = format!("set {k} ({}×{})", x.nrows(), x.ncols());
        assert_fit(&what, &fit_qr(&x, &y).unwrap(), &case["linear"], 1e-9);
        assert_fit(
            &what,
            &fit_normal_equations(&x, &y).unwrap(),
            &case["linear"],
            1e-8,
        );
        for r in case["ridge"].as_array().unwrap() {
            let alpha = r["alpha"].as_f64().unwrap();
            assert_fit(
                &format!("{what} ridge {alpha}"),
                &fit_ridge(&x, &y, alpha).unwrap(),
                r,
                1e-9,
            );
        }
        for l in case["lasso"].as_array().unwrap() {
            let alpha = l["alpha"].as_f64().unwrap();
            let fit = fit_lasso(&x, &y, alpha, tight()).unwrap();
            assert_fit(&format!("{what} lasso {alpha}"), &fit.fit, l, 1e-7);
        }
    }
}

#[test]
fn polynomial_fits_match_numpy() {
    for case in data()["library"]["polyfit"].as_array().unwrap() {
        let degree = case["degree"].as_u64().unwrap() as usize;
        let p = fit_polynomial(&floats(&case["x"]), &floats(&case["y"]), degree).unwrap();
        let want = floats(&case["coefficients"]);
        let scale = want.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
        for (g, w) in p.coefficients.iter().zip(&want) {
            assert!(
                close(*g, *w, 1e-9, scale),
                "degree {degree}: {:?} {want:?}",
                p.coefficients
            );
        }
    }
}

#[test]
fn regression_losses_match_sklearn_and_scipy() {
    for case in data()["library"]["regression_losses"].as_array().unwrap() {
        let (y, yhat) = (floats(&case["y"]), floats(&case["yhat"]));
        let check = |got: f64, key: &Json| {
            let want = key.as_f64().unwrap();
            assert!(close(got, want, 1e-12, 1e-300), "{got} {want}");
        };
        check(loss::mse(&y, &yhat).unwrap(), &case["mse"]);
        check(loss::mae(&y, &yhat).unwrap(), &case["mae"]);
        check(r_squared(&y, &yhat).unwrap(), &case["r2"]);
        for (delta, want) in case["huber"].as_object().unwrap() {
            let delta: f64 = delta.parse().unwrap();
            check(loss::huber(&y, &yhat, delta).unwrap(), want);
        }
    }
}

#[test]
fn log_loss_matches_sklearn() {
    let d = data();
    for case in d["library"]["binary_log_loss"].as_array().unwrap() {
        let (y, p) = (floats(&case["y"]), floats(&case["p"]));
        let want = case["log_loss"].as_f64().unwrap();
        let got = loss::bce(&y, &p).unwrap();
        // 1e-9: sklearn forms the other class's probability 1 − p in floating point, which loses
        // digits when p is near 1 (ε/1e-7 ≈ 1e-9 at p = 1 − 1e-7); ln_1p(−p) here does not.
        assert!(close(got, want, 1e-9, 1e-300), "{y:?} {p:?}: {got} {want}");
        if case["z"].is_array() {
            let got = loss::bce_with_logits(&y, &floats(&case["z"])).unwrap();
            assert!(close(got, want, 1e-9, 1e-300), "logits: {got} {want}");
        }
    }
    for case in d["library"]["categorical_log_loss"].as_array().unwrap() {
        let classes: Vec<usize> = case["classes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_u64().unwrap() as usize)
            .collect();
        let rows =
            |k: &str| -> Vec<Vec<f64>> { case[k].as_array().unwrap().iter().map(floats).collect() };
        let want = case["log_loss"].as_f64().unwrap();
        let t = Targets::Indices(&classes);
        assert!(close(loss::cce(t, &rows("p")).unwrap(), want, 1e-12, 0.0));
        assert!(close(
            loss::cce_with_logits(t, &rows("z")).unwrap(),
            want,
            1e-12,
            0.0
        ));
    }
}

#[test]
fn stable_functions_match_scipy_special() {
    let d = data();
    for case in d["library"]["stable"].as_array().unwrap() {
        let z = floats(&case["z"]);
        let lse = case["logsumexp"].as_f64().unwrap();
        assert!(close(logsumexp(&z).unwrap(), lse, 1e-14, 1e-300), "{z:?}");
        let want = floats(&case["softmax"]);
        for (g, w) in softmax(&z).unwrap().iter().zip(&want) {
            assert!(close(*g, *w, 1e-14, 1e-300), "{z:?}: {g} {w}");
        }
    }
    for case in d["library"]["sigmoid"].as_array().unwrap() {
        let x = case["x"].as_f64().unwrap();
        let (e, le) = (
            case["expit"].as_f64().unwrap(),
            case["log_expit"].as_f64().unwrap(),
        );
        assert!(
            close(sigmoid(x), e, 1e-14, 1e-300),
            "σ({x}) = {} vs {e}",
            sigmoid(x)
        );
        assert!(
            close(log_sigmoid(x), le, 1e-14, 1e-300),
            "ln σ({x}) = {} vs {le}",
            log_sigmoid(x)
        );
    }
}

#[test]
fn kfold_validation_rows_match_sklearn() {
    for case in data()["library"]["kfold"].as_array().unwrap() {
        let n = case["n"].as_u64().unwrap() as usize;
        let k = case["k"].as_u64().unwrap() as usize;
        let folds = kfold(n, k).unwrap();
        let want: Vec<Vec<usize>> = case["validation"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                f.as_array()
                    .unwrap()
                    .iter()
                    .map(|i| i.as_u64().unwrap() as usize)
                    .collect()
            })
            .collect();
        let got: Vec<Vec<usize>> = folds
            .iter()
            .map(|f| f.validation.clone().collect())
            .collect();
        assert_eq!(got, want, "n = {n}, k = {k}");
        for f in &folds {
            assert_eq!(f.train.len() + f.validation.len(), n);
        }
    }
}
