//! Tests of evaluation: exactness, shapes, calculator functions against independent values,
//! formulas, canonical text.

use super::*;
use crate::math::{Matrix, Rational, Scalar};

fn v(s: &str) -> Value {
    parse_value(s).unwrap_or_else(|e| panic!("{s}: {}", e.render(s)))
}
fn err(s: &str) -> ExprError {
    parse_value(s).expect_err(s)
}
fn exact(s: &str) -> Rational {
    match v(s) {
        Value::Scalar(Scalar::Exact(q)) => q,
        other => panic!("{s} gave {other:?}, not an exact number"),
    }
}
fn real(s: &str) -> f64 {
    match v(s) {
        Value::Scalar(x) => x.to_f64(),
        other => panic!("{s} gave {other:?}"),
    }
}
fn q(n: i64, d: i64) -> Rational {
    Rational::new(n, d).unwrap()
}
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * b.abs().max(1.0)
}

#[test]
fn precedence_values() {
    assert_eq!(exact("2^3^2"), q(512, 1));
    assert_eq!(exact("-2^2"), q(-4, 1));
    assert_eq!(exact("(-2)^2"), q(4, 1));
    assert_eq!(exact("1/2*4"), q(2, 1));
    assert_eq!(exact("12.5%"), q(1, 8));
    assert_eq!(exact("2^-1"), q(1, 2));
    assert_eq!(exact("2 ** 10"), q(1024, 1));
    assert_eq!(exact("-2.5e-3"), q(-1, 400));
    assert!(close(real("e^-1"), (-1f64).exp()));
    assert!(close(real("2pi/3"), 2.0 * std::f64::consts::PI / 3.0));
    assert!(close(real("sqrt(2)/2"), std::f64::consts::FRAC_1_SQRT_2));
    assert!(close(real("ln(2)"), std::f64::consts::LN_2));
    assert!(close(real("log(e)"), 1.0));
    let x = 1.3;
    assert!(close(
        eval_at(&parse("1/2x").unwrap(), &[("x", x)]).unwrap(),
        x / 2.0
    ));
    assert!(close(
        eval_at(&parse("-x^2").unwrap(), &[("x", x)]).unwrap(),
        -x * x
    ));
}

#[test]
fn exactness() {
    assert_eq!(exact("1/3+1/6"), q(1, 2));
    assert_eq!(exact("sqrt(9/4)"), q(3, 2));
    assert_eq!(exact("4^(1/2)"), q(2, 1));
    assert_eq!(exact("8^(-2/3)"), q(1, 4));
    assert_eq!(exact("(-8)^(1/3)"), q(-2, 1));
    assert_eq!(exact("(-8)^(2/3)"), q(4, 1));
    assert!(close(real("(-2)^(1/3)"), -(2f64.cbrt())));
    assert!(err("(-8)^(1/2)").is_undefined());
    assert_eq!(exact("(2/3)^3"), q(8, 27));
    assert_eq!(exact("log2(8) + log10(0.01)"), q(1, 1));
    assert_eq!(
        exact("floor(-7/2) + ceil(7/2) + round(5/2) + round(-5/2)"),
        q(0, 1)
    );
    assert_eq!(exact("abs(-3/4)"), q(3, 4));
    assert_eq!(exact("max(1/3, 0.25, 1/4)"), q(1, 3));
    assert_eq!(exact("min([3, -1, 2])"), q(-1, 1));
    assert_eq!(exact("norm([3, 4])"), q(5, 1));
    assert_eq!(exact("dot([1, 2], [3, 4])"), q(11, 1));
    assert_eq!(
        v("inv([[2,1],[1,1]])"),
        Value::Matrix(Matrix::from_ints(&[[1, -1], [-1, 2]]))
    );
    assert!(matches!(v("inv([[2,1],[1,1]])"), Value::Matrix(m) if m.is_exact()));
    assert!(!matches!(v("sqrt(2)"), Value::Scalar(Scalar::Exact(_))));
    // overflowing exact powers fall back to reals
    assert!(close(real("3^50"), 3f64.powi(50)));
}

#[test]
fn matrix_arithmetic_and_shapes() {
    let a = Matrix::from_ints(&[[1, 2], [3, 4]]);
    assert_eq!(v("[1 2; 3 4] * [1 0; 0 1]"), Value::Matrix(a.clone()));
    assert_eq!(
        v("[1 2; 3 4] [1, 1]"),
        Value::Vector(vec![3.into(), 7.into()])
    );
    assert_eq!(v("2[1 2; 3 4] - [1 2; 3 4]"), Value::Matrix(a.clone()));
    assert_eq!(v("[2, 4]/2"), Value::Vector(vec![1.into(), 2.into()]));
    assert_eq!(v("[1 2; 3 4]^2"), Value::Matrix(a.mul(&a).unwrap()));
    assert_eq!(v("[1 2; 3 4]^0"), Value::Matrix(Matrix::identity(2)));
    assert_eq!(
        v("[2 1; 1 1]^-1"),
        Value::Matrix(Matrix::from_ints(&[[1, -1], [-1, 2]]))
    );
    assert_eq!(v("[1 2; 3 4]'"), Value::Matrix(a.transpose()));
    assert_eq!(v("[1 2; 3 4]^T"), Value::Matrix(a.transpose()));
    assert_eq!(v("transpose([1 2; 3 4])"), Value::Matrix(a.transpose()));
    assert_eq!(exact("[1, 2]' [3, 4]"), q(11, 1));
    let e = err("[1 2 3; 4 5 6] * [1 2; 3 4]");
    assert_eq!(
        e.message(),
        "cannot multiply a 2×3 matrix by a 2×2 matrix: the first has 3 columns, the second 2 rows"
    );
    assert_eq!(e.span(), (0, 27));
    assert!(
        err("[1, 2] + [1, 2, 3]")
            .message()
            .contains("vector of length 3")
    );
    assert!(err("[1, 2] * [1, 2]").message().contains("dot("));
    assert!(err("1 + [1, 2]").message().starts_with("cannot add"));
    assert!(err("inv([1 2; 2 4])").message().contains("singular"));
    assert!(
        err("[1 2; 3 4]^(1/2)")
            .message()
            .contains("integer exponent")
    );
    assert!(err("[1 2; 3 4]^100000").message().contains("limited"));
    assert!(err("det([1 2 3])").message().contains("square"));
}

#[test]
fn calculator_functions_against_nalgebra() {
    let text = "[[4, -2, 1, 3], [3, 6, -4, 2], [2, 1, 8, -5], [1, 7, 2, 9]]";
    let Value::Matrix(m) = v(text) else {
        panic!("not a matrix")
    };
    let na = m.to_nalgebra();
    let det = v(&format!("det({text})")).as_scalar().unwrap();
    assert!(det.is_exact());
    assert!(close(det.to_f64(), na.determinant()));
    let Value::Matrix(inv) = v(&format!("inv({text})")) else {
        panic!("not a matrix")
    };
    assert!(inv.is_exact());
    let reference = na.try_inverse().unwrap();
    assert!((inv.to_nalgebra() - reference).abs().max() < 1e-12);
    assert!(close(
        real(&format!("trace({text})")),
        m.to_nalgebra().trace()
    ));
    assert!(close(real(&format!("norm({text})")), na_norm(&m)));
    assert_eq!(exact(&format!("rank({text})")), q(4, 1));
    assert_eq!(exact("rank([1 2; 2 4])"), q(1, 1));
    assert_eq!(
        v("rref([1 2 3; 2 4 6; 1 0 1])"),
        Value::Matrix(Matrix::from_ints(&[[1, 0, 1], [0, 1, 1], [0, 0, 0]]))
    );
    assert_eq!(v("eye(2)"), Value::Matrix(Matrix::identity(2)));
    assert_eq!(v("identity(3)"), Value::Matrix(Matrix::identity(3)));
    assert_eq!(
        v("diag([1, 2])"),
        Value::Matrix(Matrix::from_ints(&[[1, 0], [0, 2]]))
    );
    assert!(close(real("sigmoid(0.3)"), 1.0 / (1.0 + (-0.3f64).exp())));
    assert!(close(real("sigmoid(-800)"), 0.0));
    assert!(close(real("atan(1)*4"), std::f64::consts::PI));
    assert!(close(real("cosh(1)^2 - sinh(1)^2"), 1.0));
}

fn na_norm(m: &Matrix) -> f64 {
    m.to_nalgebra().norm()
}

#[test]
fn formulas_and_points() {
    let f = parse("2*x*cos(x^2)").unwrap();
    for x in [0.0f64, 0.5, -1.25, 3.0] {
        let expected = 2.0 * x * (x * x).cos();
        assert!(close(eval_at(&f, &[("x", x)]).unwrap(), expected));
    }
    assert!(matches!(v("2*x*cos(x^2)"), Value::Formula(_)));
    assert!(matches!(v("b"), Value::Formula(Expr::Var(ref s)) if s == "b"));
    // either spelling of a Greek letter binds it
    let g = parse("theta + 2*θ").unwrap();
    assert!(close(eval_at(&g, &[("theta", 0.5)]).unwrap(), 1.5));
    assert!(close(eval_at(&g, &[("θ", 0.5)]).unwrap(), 1.5));
    assert!(matches!(v("ln(x - 5)"), Value::Formula(_)));
    let undefined = eval_at(&parse("ln(x)").unwrap(), &[("x", -1.0)]).unwrap_err();
    assert!(undefined.is_undefined());
    assert!(
        eval_at(&parse("1/x").unwrap(), &[("x", 0.0)])
            .unwrap_err()
            .is_undefined()
    );
    assert!(
        eval_at(&parse("exp(x)").unwrap(), &[("x", 1e3)])
            .unwrap_err()
            .is_undefined()
    );
    let unbound = eval_at(&parse("x + y").unwrap(), &[("x", 1.0)]).unwrap_err();
    assert!(!unbound.is_undefined());
    // malformed formulas are errors at evaluation
    let e = err("x + [1, 2]");
    assert!(e.message().starts_with("cannot add"));
    assert_eq!(err("x + yes").message(), "cannot add a number to yes/no");
    let e = evaluate(&Expr::Call {
        name: "foo".into(),
        args: vec![Expr::Var("x".into())],
    })
    .unwrap_err();
    assert!(e.message().contains("unknown function 'foo'"));
    // sets and tuples are evaluated item by item
    let Value::Set(items) = v("{a, c}") else {
        panic!()
    };
    assert!(items.iter().all(|i| matches!(i, Value::Formula(_))));
    let Value::Tuple(items) = v("(0, x)") else {
        panic!()
    };
    assert_eq!(items[0], Value::Scalar(Scalar::ZERO));
}

/// Vectors and matrices of formulas: well formed when every entry is a formula of numbers and a
/// matrix's rows have one length, whether the entries are defined at the sample point or not.
#[test]
fn vectors_and_matrices_of_formulas() {
    for ok in [
        "[2*x*y, x^2]",
        "[ln(x - 5), x]",
        "[[x, 1], [2, y]]",
        "[[1/(x - 0.613), 2], [3, x]]",
        "[x, det([1 2; 3 4])*x]",
    ] {
        assert!(matches!(v(ok), Value::Formula(_)), "{ok}");
    }
    for bad in ["[x, [1, 2]]", "[x, yes]", "[[x, 1], [2, [y]]]"] {
        assert!(evaluate(&parse(bad).unwrap()).is_err(), "{bad}");
    }
    // Rows of two lengths (the parser refuses them; the evaluator too).
    let x = || Expr::Var("x".into());
    let ragged = Expr::Matrix(vec![vec![x(), x()], vec![x()]]);
    assert!(evaluate(&ragged).is_err());
    assert!(evaluate(&Expr::Matrix(vec![vec![]])).is_err());
}

#[test]
fn evaluation_errors_point_at_the_culprit() {
    let e = err("1 + 1/0");
    assert_eq!(e.span(), (4, 7));
    assert_eq!(e.message(), "division by zero");
    let e = err("2 * sqrt(-4)");
    assert_eq!(e.span(), (4, 12));
    let e = err("[1, [2, 3]]");
    assert_eq!(e.span(), (4, 10));
    let e = err("10^400");
    assert!(e.message().contains("too large"));
    let e = err("2^2^2^2^2");
    assert!(e.message().contains("too large"));
}

#[test]
fn canonical_text_round_trips() {
    for s in [
        "3",
        "-3/4",
        "0.1",
        "1e-12",
        "1.5e20",
        "[1, 2, 3]",
        "[[1, 2], [3, 4]]",
        "[[-1/2, 0.25]]",
        "{1, 3}",
        "(1, 2)",
        "yes",
        "no",
        "{[1, 2], 3}",
    ] {
        let value = v(s);
        let text = value.to_text();
        assert_eq!(v(&text), value, "{s} → {text}");
    }
    assert_eq!(v("0.75").to_text(), "3/4");
    assert_eq!(v("[1 2; 3 4]").to_text(), "[[1, 2], [3, 4]]");
    assert_eq!(v("sqrt(2)").to_text(), "1.4142135623730951");
    assert_eq!(v("2*x*cos(x^2)").to_text(), "2*x*cos(x^2)");
    assert_eq!(Value::Choice('b').to_text(), "b");
}

#[test]
fn big_inputs_stay_bounded() {
    let big = format!("[{}]", vec!["1"; 60].join(" "));
    let m = format!("[{}]", [big.as_str(); 2].join(", "));
    assert!(2 * m.len() < 2000);
    assert!(parse_value(&format!("{m}*{m}'")).is_ok());
    assert!(err(&format!("{m}'*{m}")).message().contains("too large"));
    assert!(err("identity(51)").message().contains("from 1 to 50"));
    assert!(err(&format!("det({m})")).message().contains("at most 50"));
    assert!(err("det([1 2 3; 4 5 6])").message().contains("square"));
    assert!(err(&format!("rank({m})")).message().contains("at most 50"));
    // a maximal-height tree evaluates and prints without overflowing the stack
    let chain = "x+".repeat(195) + "1";
    assert!(matches!(v(&chain), Value::Formula(_)));
    let expr = parse(&chain).unwrap();
    assert_eq!(parse(&expr.to_string()).unwrap(), expr);
    let _ = expr.to_latex();
}
