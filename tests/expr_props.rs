//! Property tests of the answer language: no input makes it panic; canonical text reads back to
//! the value it came from; printed formulas read back to the same formula.

use mathdrill::expr::{BinOp, Constant, Expr, Value, eval_at, parse, parse_value};
use mathdrill::math::{Matrix, Rational, Scalar};
use proptest::prelude::*;

/// 256 cases each; set `PROPTEST_CASES` to search harder.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(256),
        ..ProptestConfig::default()
    }
}

/// The same tree with every implicit-product flag cleared.
fn explicit(e: &Expr) -> Expr {
    let b = |x: &Expr| Box::new(explicit(x));
    let all = |xs: &[Expr]| xs.iter().map(explicit).collect::<Vec<_>>();
    match e {
        Expr::Neg(a) => Expr::Neg(b(a)),
        Expr::Percent(a) => Expr::Percent(b(a)),
        Expr::Transpose(a) => Expr::Transpose(b(a)),
        Expr::Binary { op, lhs, rhs, .. } => Expr::Binary {
            op: *op,
            lhs: b(lhs),
            rhs: b(rhs),
            implicit: false,
        },
        Expr::Call { name, args } => Expr::Call {
            name: name.clone(),
            args: all(args),
        },
        Expr::Vector(xs) => Expr::Vector(all(xs)),
        Expr::Set(xs) => Expr::Set(all(xs)),
        Expr::Tuple(xs) => Expr::Tuple(all(xs)),
        Expr::Matrix(rows) => Expr::Matrix(rows.iter().map(|r| all(r)).collect()),
        leaf => leaf.clone(),
    }
}

/// Runs everything a caller might do with `input`; must never panic.
fn exercise(input: &str) {
    match parse(input) {
        Ok(e) => {
            let _ = e.reading();
            let _ = e.to_latex();
            let _ = e.free_vars();
            let text = e.to_string();
            match parse(&text) {
                Ok(again) => assert_eq!(explicit(&again), explicit(&e), "{input:?} → {text:?}"),
                Err(err) => assert!(
                    err.message().contains("too deeply") || err.message().contains("too long"),
                    "{input:?} printed as {text:?}, which does not parse: {}",
                    err.message()
                ),
            }
            let _ = eval_at(&e, &[("x", 0.7), ("y", -1.2)]);
        }
        Err(err) => {
            let _ = err.render(input);
        }
    }
    match parse_value(input) {
        Ok(v) => {
            let _ = v.to_text();
            let _ = v.to_latex();
            let _ = v.describe();
        }
        Err(err) => {
            let (start, end) = err.span();
            assert!(start <= end, "{input:?}: span {start}..{end}");
            assert!(!err.message().is_empty());
            let _ = err.render(input);
        }
    }
}

fn nested() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["(", "[", "{", "-", "2^", "√", "sqrt(", "[1 ", "(1,"]),
        0usize..150,
        prop::sample::select(vec!["", "1", "x", ")", "]", "}"]),
        0usize..150,
    )
        .prop_map(|(open, n, close, m)| format!("{}1{}", open.repeat(n), close.repeat(m)))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn language_strings_never_panic(s in r"[0-9a-z+*/^()\[\]{},;.' %-]{0,40}") {
        exercise(&s);
    }

    #[test]
    fn any_strings_never_panic(s in r"\PC{0,60}") {
        exercise(&s);
    }

    #[test]
    fn deep_nesting_never_panics(s in nested()) {
        exercise(&s);
    }
}

fn scalar() -> impl Strategy<Value = Scalar> {
    prop_oneof![
        (-1_000_000i64..1_000_000, 1i64..1000).prop_map(|(n, d)| Scalar::frac(n, d)),
        any::<i64>().prop_map(Scalar::int),
        prop::num::f64::NORMAL.prop_map(Scalar::Real),
        prop::num::f64::SUBNORMAL.prop_map(Scalar::Real),
        (-1e6f64..1e6).prop_map(Scalar::Real),
        Just(Scalar::Real(0.1 + 0.2)),
    ]
}

fn matrix() -> impl Strategy<Value = Matrix> {
    (1usize..5, 1usize..5).prop_flat_map(|(r, c)| {
        prop::collection::vec(prop::collection::vec(scalar(), c), r)
            .prop_map(|rows| Matrix::from_rows(rows).expect("rectangular"))
    })
}

fn value() -> impl Strategy<Value = Value> {
    let simple = prop_oneof![
        scalar().prop_map(Value::Scalar),
        prop::collection::vec(scalar(), 1..6).prop_map(Value::Vector),
        matrix().prop_map(Value::Matrix),
        any::<bool>().prop_map(Value::Bool),
    ];
    prop_oneof![
        3 => simple.clone(),
        1 => prop::collection::vec(simple, 0..4).prop_map(Value::Set),
        1 => prop::collection::vec(scalar().prop_map(Value::Scalar), 2..4).prop_map(Value::Tuple),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn canonical_text_reads_back(v in value()) {
        let text = v.to_text();
        let back = parse_value(&text).map_err(|e| e.render(&text));
        prop_assert_eq!(back, Ok(v), "{}", text);
    }
}

fn formula() -> impl Strategy<Value = Expr> {
    let leaf = prop_oneof![
        3 => Just(Expr::Var("x".into())),
        2 => (0i64..10).prop_map(|n| Expr::Num(Scalar::int(n))),
        1 => (1i64..40).prop_map(|n| Expr::Num(Scalar::Exact(Rational::new(n, 4).unwrap()))),
        1 => Just(Expr::Const(Constant::Pi)),
        1 => Just(Expr::Const(Constant::E)),
    ];
    leaf.prop_recursive(5, 32, 2, |inner| {
        let op = prop::sample::select(vec![
            BinOp::Add,
            BinOp::Sub,
            BinOp::Mul,
            BinOp::Div,
            BinOp::Pow,
        ]);
        prop_oneof![
            4 => (op, inner.clone(), inner.clone()).prop_map(|(op, l, r)| Expr::Binary {
                op,
                lhs: Box::new(l),
                rhs: Box::new(r),
                implicit: false,
            }),
            1 => inner.clone().prop_map(|a| Expr::Neg(Box::new(a))),
            1 => (prop::sample::select(vec!["sin", "exp"]), inner).prop_map(|(f, a)| {
                Expr::Call {
                    name: f.into(),
                    args: vec![a],
                }
            }),
        ]
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn printed_formulas_read_back(e in formula()) {
        let text = e.to_string();
        let back = parse(&text).map_err(|err| err.render(&text));
        prop_assert!(back.is_ok(), "{}", back.unwrap_err());
        let back = back.unwrap();
        prop_assert_eq!(explicit(&back), e.clone(), "{}", text);
        for x in [-1.3, 0.4, 2.1] {
            let (a, b) = (eval_at(&e, &[("x", x)]), eval_at(&back, &[("x", x)]));
            match (a, b) {
                (Ok(a), Ok(b)) => prop_assert!(a == b || (a - b).abs() <= 1e-12 * a.abs(), "{}: {} vs {}", text, a, b),
                (Err(_), Err(_)) => {}
                (a, b) => prop_assert!(false, "{}: {:?} vs {:?}", text, a, b),
            }
        }
    }
}

fn exact_matrix() -> impl Strategy<Value = Matrix> {
    let entry = prop_oneof![
        (-1000i64..1000).prop_map(Scalar::int),
        (-99i64..99, 1i64..20).prop_map(|(n, d)| Scalar::frac(n, d)),
    ];
    (1usize..5, 1usize..5).prop_flat_map(move |(r, c)| {
        prop::collection::vec(prop::collection::vec(entry.clone(), c), r)
            .prop_map(|rows| Matrix::from_rows(rows).expect("rectangular"))
    })
}

proptest! {
    #![proptest_config(config())]

    /// What the program prints can be pasted back: a matrix as the terminal shows it, typeset
    /// over several lines with a label, reads as the same matrix (a one-row matrix as a vector).
    #[test]
    fn typeset_matrices_read_back(m in exact_matrix()) {
        use mathdrill::engine::Line;
        let text = mathdrill::render::lines(&[Line::new().m("A⁻¹ = ").v(m.clone())], "  ");
        let expected = if m.nrows() == 1 {
            Value::Vector(m.entries().to_vec())
        } else {
            Value::Matrix(m)
        };
        let back = parse_value(&text).map_err(|e| e.render(&text));
        prop_assert_eq!(back, Ok(expected), "{}", text);
    }
}

proptest! {
    #![proptest_config(config())]

    /// An exponent as the program prints it (`x⁻¹²`) reads as the power typed with `^`.
    #[test]
    fn superscript_exponents_are_powers(
        k in -120i64..120,
        base in prop::sample::select(vec!["x", "λ", "2", "(x + 1)", "pi"]),
    ) {
        let printed = format!("{base}{}", mathdrill::exercises::linalg::text::superscript(k));
        let typed = format!("{base}^({k})");
        let (a, b) = (parse(&printed), parse(&typed));
        prop_assert!(a.is_ok(), "{}", printed);
        prop_assert_eq!(explicit(&a.unwrap()), explicit(&b.unwrap()), "{}", printed);
    }
}
