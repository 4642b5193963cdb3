//! The calculator against numpy: every case in `tests/data/calc_reference.json` (made by
//! `tests/data/calc_reference.py`) must agree to 1e-9, relative to the size of the result (or to
//! the case's own `tol`, relative to its `scale`: scaled, ill-conditioned and near-singular
//! matrices), and `error` cases must be refused with a message that says why.
//!
//! Case types: `number`, `vector`, `matrix` (entries compared in order); `set` (elements in order,
//! each `[re, im]`: eigenvalues sorted by real part with conjugate pairs `+im` first); `null` (a
//! basis of the null space: the right count of independent vectors `v` with `A·v ≈ 0`); `eigvec`
//! (unit columns `v` with `A·v ≈ λv` for numpy's eigenvalues in `eig` order; the sign convention
//! is the library's, so it is not compared with numpy's).

use mathdrill::expr::{Value, parse_value};
use nalgebra::{DMatrix, DVector};
use serde_json::Value as Json;

const TOL: f64 = 1e-9;

fn flatten(j: &Json, out: &mut Vec<f64>) {
    match j {
        Json::Array(items) => items.iter().for_each(|i| flatten(i, out)),
        Json::Number(n) => out.push(n.as_f64().unwrap()),
        other => panic!("unexpected {other}"),
    }
}

fn numbers(v: &Value) -> (&'static str, Vec<f64>) {
    match v {
        Value::Scalar(s) => ("number", vec![s.to_f64()]),
        Value::Vector(xs) => ("vector", xs.iter().map(|x| x.to_f64()).collect()),
        Value::Matrix(m) => ("matrix", m.entries().iter().map(|x| x.to_f64()).collect()),
        // A set of numbers (eigenvalues): each element as (re, im).
        Value::Set(items) => (
            "set",
            items
                .iter()
                .flat_map(|item| match item {
                    Value::Scalar(s) => [s.to_f64(), 0.0],
                    Value::Complex { re, im } => [*re, *im],
                    other => panic!("unexpected set element {other:?}"),
                })
                .collect(),
        ),
        other => panic!("unexpected value {other:?}"),
    }
}

fn json_matrix(j: &Json) -> DMatrix<f64> {
    let rows = j.as_array().unwrap();
    let cols = rows[0].as_array().unwrap().len();
    let mut flat = Vec::new();
    flatten(j, &mut flat);
    DMatrix::from_row_slice(rows.len(), cols, &flat)
}

/// Agreement entry by entry, within `tol` relative to `scale` (by default 1e-9 relative to the
/// largest entry of numpy's result, at least 1). Every number must be finite.
fn assert_close(expr: &str, got: &[f64], want: &[f64], case: &Json) {
    assert_eq!(got.len(), want.len(), "{expr}");
    let tol = case["tol"].as_f64().unwrap_or(TOL);
    let scale = case["scale"]
        .as_f64()
        .unwrap_or_else(|| want.iter().fold(1.0f64, |m, x| m.max(x.abs())));
    for (g, w) in got.iter().zip(want) {
        assert!(g.is_finite(), "{expr}: {g}");
        assert!((g - w).abs() <= tol * scale, "{expr}: got {g}, numpy {w}");
    }
}

/// The calculator's `null(A)`: a set of vectors spanning `{x : A·x = 0}`.
fn check_null(expr: &str, got: &Value, case: &Json) {
    let a = json_matrix(&case["matrix"]);
    let nullity = case["nullity"].as_u64().unwrap() as usize;
    let Value::Set(items) = got else {
        panic!("{expr}: {got:?} is not a set")
    };
    assert_eq!(items.len(), nullity, "{expr}: dimension of the null space");
    let vectors: Vec<DVector<f64>> = items
        .iter()
        .map(|v| match v {
            Value::Vector(x) => DVector::from_iterator(x.len(), x.iter().map(|s| s.to_f64())),
            other => panic!("{expr}: {other:?} is not a vector"),
        })
        .collect();
    for v in &vectors {
        assert_eq!(v.len(), a.ncols(), "{expr}");
        let r = (&a * v).norm();
        assert!(r <= TOL * a.norm() * v.norm(), "{expr}: |A·v| = {r}");
    }
    if nullity > 0 {
        let basis = DMatrix::from_columns(&vectors);
        let tol = 1e-9 * basis.norm();
        assert_eq!(basis.rank(tol), nullity, "{expr}: independent");
    }
}

/// The calculator's `eigvec(A)`: unit columns `v` with `A·v = λv`, `λ` in `eig` order.
fn check_eigvec(expr: &str, got: &Value, case: &Json) {
    let a = json_matrix(&case["matrix"]);
    let mut lambdas = Vec::new();
    flatten(&case["eigenvalues"], &mut lambdas);
    let Value::Matrix(m) = got else {
        panic!("{expr}: {got:?} is not a matrix")
    };
    let v = m.to_nalgebra();
    assert_eq!(v.shape(), a.shape(), "{expr}");
    // Compared on A/max|A| (λ scaled alike), so that norms of 1e160-scale matrices are finite.
    let big = a.amax();
    let a = &a / big;
    let scale = a.norm();
    for (j, lambda) in lambdas.iter().enumerate() {
        let col = v.column(j);
        assert!(
            (col.norm() - 1.0).abs() <= TOL,
            "{expr}: column {j} is a unit vector"
        );
        let r = (&a * col - col * (*lambda / big)).norm();
        assert!(
            r <= TOL * scale,
            "{expr}: |A·v − λv| = {r} for λ = {lambda}"
        );
    }
    assert_eq!(v.rank(1e-6), a.ncols(), "{expr}: independent eigenvectors");
}

#[test]
fn calc_agrees_with_numpy() {
    let data: Json = serde_json::from_str(include_str!("data/calc_reference.json")).unwrap();
    let cases = data["cases"].as_array().unwrap();
    assert!(cases.len() >= 230);
    for case in cases {
        let expr = case["expr"].as_str().unwrap();
        if case["type"] == "error" {
            let want = case["contains"].as_str().unwrap();
            match parse_value(expr) {
                Err(e) => assert!(e.message().contains(want), "{expr}: {}", e.message()),
                Ok(v) => panic!("{expr}: expected an error ({want}), got {v:?}"),
            }
            continue;
        }
        let got = parse_value(expr).unwrap_or_else(|e| panic!("{expr}: {}", e.render(expr)));
        match case["type"].as_str().unwrap() {
            "null" => check_null(expr, &got, case),
            "eigvec" => check_eigvec(expr, &got, case),
            kind => {
                let (got_kind, got) = numbers(&got);
                assert_eq!(got_kind, kind, "{expr}");
                let mut want = Vec::new();
                flatten(&case["value"], &mut want);
                assert_close(expr, &got, &want, case);
            }
        }
    }
}
