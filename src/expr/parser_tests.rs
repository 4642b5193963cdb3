//! Tests of the parser and the text printer: precedence, brackets, errors and their spans.

use super::*;
use crate::math::Scalar;

fn p(s: &str) -> Expr {
    parse(s).unwrap_or_else(|e| panic!("{s}: {}", e.render(s)))
}
/// The parse, printed back with explicit `*` and minimal parentheses.
fn show(s: &str) -> String {
    p(s).to_string()
}
fn err(s: &str) -> ExprError {
    parse(s).expect_err(s)
}
fn num(n: i64) -> Expr {
    Expr::Num(Scalar::int(n))
}
fn var(v: &str) -> Expr {
    Expr::Var(v.into())
}
fn bin(op: BinOp, l: Expr, r: Expr, implicit: bool) -> Expr {
    Expr::Binary {
        op,
        lhs: Box::new(l),
        rhs: Box::new(r),
        implicit,
    }
}

#[test]
fn precedence_table() {
    let cases = [
        ("-x^2", "-x^2"),
        ("(-x)^2", "(-x)^2"),
        ("2^3^2", "2^3^2"),
        ("(2^3)^2", "(2^3)^2"),
        ("1/2x", "1/2*x"),
        ("1/(2x)", "1/(2*x)"),
        ("2pi/3", "2*pi/3"),
        ("e^-1", "e^-1"),
        ("2^-1", "2^-1"),
        ("-2^2", "-2^2"),
        ("12.5%", "12.5%"),
        ("a - (b - c)", "a - (b - c)"),
        ("a - b - c", "a - b - c"),
        ("a/(b*c)", "a/(b*c)"),
        ("-2*3", "-2*3"),
        ("2*-3", "2*-3"),
        ("2 ** 3", "2^3"),
        ("3 sqrt(2)", "3*sqrt(2)"),
        ("(a)(b)", "a*b"),
        ("x y", "x*y"),
        ("2(x+1)", "2*(x + 1)"),
        ("2x^2", "2*x^2"),
        ("√2x", "sqrt(2)*x"),
        ("√(x+1)", "sqrt(x + 1)"),
        ("-x'", "-x'"),
        ("--x", "--x"),
        ("+x", "x"),
        ("x - -1", "x - -1"),
        ("2e", "2*e"),
        ("2e3", "2000"),
        ("2πx", "2*pi*x"),
        ("ln(2)", "ln(2)"),
        ("sin x^2 + 1", "sin*x^2 + 1"),
    ];
    for (input, expected) in cases {
        if input.starts_with("sin x") {
            // a function name must be followed by parentheses
            assert!(parse(input).is_err());
            continue;
        }
        assert_eq!(show(input), expected, "{input}");
    }
}

#[test]
fn trees_of_the_key_cases() {
    assert_eq!(
        p("-x^2"),
        Expr::Neg(Box::new(bin(BinOp::Pow, var("x"), num(2), false)))
    );
    assert_eq!(
        p("1/2x"),
        bin(
            BinOp::Mul,
            bin(BinOp::Div, num(1), num(2), false),
            var("x"),
            true
        )
    );
    assert_eq!(
        p("2^3^2"),
        bin(
            BinOp::Pow,
            num(2),
            bin(BinOp::Pow, num(3), num(2), false),
            false
        )
    );
    assert_eq!(
        p("12.5%"),
        Expr::Percent(Box::new(Expr::Num(Scalar::frac(25, 2))))
    );
}

#[test]
fn letter_runs() {
    assert_eq!(show("xy"), "x*y");
    assert_eq!(show("2pix"), "2*pi*x");
    assert_eq!(show("x1 + x_1 + theta"), "x1 + x_1 + θ");
    assert_eq!(show("lambda^2 - 2lambda"), "λ^2 - 2*λ");
    assert_eq!(show("2λx"), "2*λ*x");
    assert_eq!(show("x(y+1)"), "x*(y + 1)");
    let e = err("sinx");
    assert!(e.message().contains("sin(…)"), "{}", e.message());
    let e = err("foo(2)");
    assert!(e.message().contains("unknown function 'foo'"));
    assert_eq!(e.span(), (0, 3));
}

#[test]
fn both_matrix_syntaxes() {
    let m = p("[[1,2],[3,4]]");
    assert_eq!(p("[1 2; 3 4]"), m);
    assert_eq!(p("[1, 2; 3, 4]"), m);
    assert_eq!(p("[[1 2] [3 4]]"), m);
    assert_eq!(p("[1 2; 3 4;]"), m);
    assert_eq!(p("[[1 2]; [3 4]]"), m);
    assert!(matches!(p("[1 2 3]"), Expr::Vector(v) if v.len() == 3));
    assert!(matches!(p("[[1, 2]]"), Expr::Matrix(r) if r.len() == 1 && r[0].len() == 2));
    assert!(matches!(p("[1; 2; 3]"), Expr::Matrix(r) if r.len() == 3));
    assert_eq!(show("[[1,2],[3,4]]"), "[[1, 2], [3, 4]]");
}

#[test]
fn whitespace_inside_brackets() {
    assert_eq!(show("[1 -2]"), "[1, -2]");
    assert_eq!(show("[1 - 2]"), "[1 - 2]");
    assert_eq!(show("[1-2]"), "[1 - 2]");
    assert_eq!(show("[1 +2]"), "[1, 2]");
    assert_eq!(show("[2 x]"), "[2, x]");
    assert_eq!(show("[2x 3]"), "[2*x, 3]");
    assert_eq!(show("[2 - -3]"), "[2 - -3]");
    assert_eq!(show("[a' -b']"), "[a', -b']");
    assert_eq!(show("[(1 -2) 3]"), "[1 - 2, 3]");
    assert_eq!(show("[sqrt(2 x) 1]"), "[sqrt(2*x), 1]");
    assert_eq!(show("[1, 2 -3]"), "[1, 2, -3]");
    // Commas and a space between two operands in one row: ambiguous, refused with the reason.
    for mixed in ["[2x, 6x e^(2y)]", "[1, 2 3]", "[x y, 1]", "[1, 2; 3 4, 5]"] {
        let err = parse(mixed).unwrap_err().to_string();
        assert!(
            err.contains("commas separate the other entries"),
            "{mixed}: {err}"
        );
    }
    // Each row on its own, and brackets inside brackets, may use either separator.
    assert_eq!(show("[1, 2; 3 4]"), "[[1, 2], [3, 4]]");
    assert_eq!(show("[[1, 2] [3, 4]]"), "[[1, 2], [3, 4]]");
    assert_eq!(show("[max(1, 2) 3]"), "[max(1, 2), 3]");
    // outside brackets whitespace is insignificant
    assert_eq!(show("1 -2"), "1 - 2");
}

#[test]
fn transpose_forms() {
    let t = Expr::Transpose(Box::new(var("A")));
    assert_eq!(p("A'"), t);
    assert_eq!(p("A^T"), t);
    assert_eq!(p("A^T^2"), bin(BinOp::Pow, t.clone(), num(2), false));
    assert_eq!(show("(A B)'"), "(A*B)'");
    assert_eq!(show("A^-1"), "A^-1");
    // a `T` exponent that is not a transpose prints with parentheses
    let pow_t = bin(BinOp::Pow, var("x"), var("T"), false);
    assert_eq!(pow_t.to_string(), "x^(T)");
    assert_eq!(p(&pow_t.to_string()), pow_t);
}

#[test]
fn sets_tuples_groups_bools() {
    assert!(matches!(p("{1, 3}"), Expr::Set(v) if v.len() == 2));
    assert_eq!(p("{}"), Expr::Set(vec![]));
    assert!(matches!(p("(0.12, 0.48)"), Expr::Tuple(v) if v.len() == 2));
    assert_eq!(p("( x )"), var("x"));
    assert_eq!(p("yes"), Expr::Bool(true));
    assert_eq!(p("false"), Expr::Bool(false));
    assert_eq!(p("b"), var("b"));
}

#[test]
fn errors_have_spans_and_advice() {
    let e = err("[[1,2");
    assert_eq!(e.span(), (5, 5));
    assert!(e.message().contains("expected ']'"), "{}", e.message());
    assert_eq!(
        e.render("[[1,2"),
        "  [[1,2\n       ^ expected ']' to close the '[' at column 2"
    );
    let cases: [(&str, (usize, usize)); 14] = [
        ("", (0, 0)),
        ("   ", (0, 3)),
        ("1 +", (3, 3)),
        ("(1, 2", (5, 5)),
        ("1)", (1, 2)),
        ("[1, 2,]", (5, 6)),
        ("[]", (0, 2)),
        ("()", (0, 2)),
        ("[1 2; 3]", (6, 7)),
        ("[[1,2],[3]]", (8, 9)),
        ("2 3", (2, 3)),
        ("1 # 2", (2, 3)),
        ("1, 2", (1, 2)),
        ("1e999", (0, 5)),
    ];
    for (input, span) in cases {
        let e = err(input);
        assert_eq!(e.span(), span, "{input}: {}", e.message());
        assert!(!e.message().is_empty());
        let _ = e.render(input);
    }
}

#[test]
fn bounds() {
    let long = "1+".repeat(1000) + "1";
    assert!(err(&long).message().contains("too long"));
    let deep = "(".repeat(100) + "1" + &")".repeat(100);
    let e = err(&deep);
    assert!(e.message().contains("nested too deeply"), "{}", e.message());
    assert!(
        err(&"-".repeat(200))
            .message()
            .contains("nested too deeply")
    );
    assert!(
        err(&"2^".repeat(200))
            .message()
            .contains("nested too deeply")
    );
    assert!(
        err(&"[".repeat(100))
            .message()
            .contains("nested too deeply")
    );
    let chain = "1+".repeat(300) + "1";
    assert!(err(&chain).message().contains("chains more than"));
    let ok = "(".repeat(60) + "1" + &")".repeat(60);
    assert!(parse(&ok).is_ok());
    let letters = "x".repeat(2000);
    assert!(parse(&letters).is_err());
}

#[test]
fn reading_of_ambiguous_input() {
    assert_eq!(p("1/2x").reading().as_deref(), Some("(1/2)·x"));
    assert_eq!(p("1/2pi").reading().as_deref(), Some("(1/2)·pi"));
    assert_eq!(p("3 + 1/2 x^2").reading().as_deref(), Some("3 + (1/2)·x^2"));
    assert_eq!(p("1/2(x+1)").reading().as_deref(), Some("(1/2)·(x + 1)"));
    assert_eq!(p("2pi/3").reading(), None);
    assert_eq!(p("1/(2x)").reading(), None);
    assert_eq!(p("x/2*y").reading(), None);
    assert_eq!(p("2x").reading(), None);
}

#[test]
fn display_reparses_to_the_same_tree() {
    for s in [
        "2*x*cos(x^2)",
        "-(x + 1)^2/3",
        "(1/2)^x",
        "e^(-x^2/2)/sqrt(2*pi)",
        "[[1, -2], [3/4, 0.5]]",
        "{1, 2, x}",
        "(a, b - c)",
        "x^-2^3",
        "12.5% + A'*B^-1",
        "max(1, 2, 3) - -4",
        "0.0025*1e300",
    ] {
        let once = p(s);
        let text = once.to_string();
        assert_eq!(p(&text), once, "{s} → {text}");
    }
}

#[test]
fn free_vars() {
    let v: Vec<String> = p("2*x*cos(y^2) + pi + e").free_vars().into_iter().collect();
    assert_eq!(v, ["x", "y"]);
}

#[test]
fn superscripts_are_exponents() {
    assert_eq!(show("λ²"), "λ^2");
    assert_eq!(show("x³ + 2x²"), "x^3 + 2*x^2");
    assert_eq!(show("2⁻¹"), "2^-1");
    assert_eq!(show("x⁻²"), "x^-2");
    assert_eq!(show("10¹²"), "10^12");
    assert_eq!(show("A⁻¹"), "A^-1");
    assert_eq!(show("Aᵀ"), "A'");
    assert_eq!(show("λ² − 5λ + 6"), "λ^2 - 5*λ + 6");
    assert_eq!(show("[x² 1]"), "[x^2, 1]");
    assert_eq!(err("x⁻").span(), (1, 2));
}

#[test]
fn printed_symbols() {
    assert_eq!(show("√2"), "sqrt(2)");
    assert_eq!(show("√(x+1)"), "sqrt(x + 1)");
    assert_eq!(show("2·3 × 4 ∙ 5 ⋅ 6"), "2*3*4*5*6");
    assert_eq!(show("1 − 2"), "1 - 2");
    assert_eq!(show("½"), "1/2");
    assert_eq!(show("¾x"), "3/4*x");
    assert_eq!(show("2^⅓"), "2^(1/3)");
    assert_eq!(show("x + ⅒"), "x + 1/10");
    let e = err("2½");
    assert_eq!(e.span(), (0, 2));
    assert!(e.message().contains("2 + 1/2"), "{}", e.message());
    assert_eq!(show("45°"), "deg(45)");
    assert_eq!(show("sin(30°)"), "sin(deg(30))");
    assert_eq!(show("-45°"), "-deg(45)");
}

#[test]
fn matrices_typeset_over_lines() {
    let m = p("[2 -5; -1 3]");
    assert_eq!(p("⎡  2 −5 ⎤\n⎣ −1  3 ⎦"), m);
    assert_eq!(p("A⁻¹ = ⎡  2  −5 ⎤\n      ⎣ −1   3 ⎦"), m);
    assert_eq!(
        p("      ⎡ 1  2 ⎤\nB = ⎢ 3  4 ⎥\n      ⎣ 5  6 ⎦"),
        p("[1 2; 3 4; 5 6]")
    );
    assert_eq!(p("    ⎡  1 ⎤\nv = ⎢ 22 ⎥\n    ⎣  3 ⎦"), p("[1; 22; 3]"));
    assert_eq!(p("v = [ 1  2  3 ]"), p("[1 2 3]"));
    assert_eq!(p("  Answer: ⎡  2 −5 ⎤\n          ⎣ −1  3 ⎦"), m);
    assert_eq!(
        p("⎡ 4 − λ   −5 ⎤\n⎣ 2   −3 − λ ⎦"),
        p("[4 - λ, -5; 2, -3 - λ]")
    );
    // Spans still point into the pasted text.
    let e = err("⎡ 1 2 ⎤\n⎣ 3 # ⎦");
    assert_eq!(e.span(), (12, 13));
    // An equation is not an answer; only a label before a matrix is dropped.
    assert!(err("x = 3").message().contains("not an equation"));
}

#[test]
fn yes_no_in_any_case_and_a_final_full_stop() {
    for s in ["Yes", "YES", "yes.", "True", " yes "] {
        assert_eq!(p(s), Expr::Bool(true), "{s}");
    }
    for s in ["No", "NO", "No.", "FALSE"] {
        assert_eq!(p(s), Expr::Bool(false), "{s}");
    }
    assert_eq!(p("b."), var("b"));
    assert_eq!(p("(b)"), var("b"));
    assert_eq!(show("3."), "3");
    assert_eq!(show("[1, 2]. "), "[1, 2]");
    assert!(parse("1 . 2").is_err());
    assert!(parse("b..").is_err());
}
