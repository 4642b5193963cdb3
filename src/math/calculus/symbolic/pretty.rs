//! An expression as a teacher writes it, in Unicode: `3x² − 4x + 1`, `2x·cos(x²)`, `e^x`,
//! `(x + 1)/(x − 1)`, `1/(2√x)`. The text reads back with [`crate::expr::parse`] to the same
//! formula (the learner may paste it), and the renderer turns it into LaTeX.
//!
//! Conventions: `−` (U+2212) for minus; whole-number exponents as superscripts (`x²`), negative
//! ones as a fraction (`1/(x + 1)`, never `(x + 1)⁻¹`), exponent ½ as `√`; a number before a
//! letter, `π`, `√` or a function is implicit (`6x`, `2π`, `3sin(x)`), other products take `·`
//! (`x·y`, `2·(x + 1)`, `2·e^x`: a digit before `e` would read as a power of ten); `e` to a single
//! letter is `e^x`, to anything else `exp(2x)` (the renderer has superscript digits but not
//! superscript letters); `ln` for the natural logarithm.

use super::simplify::canonical_function;
use crate::expr::{BinOp, Constant, Expr};
use crate::math::{DISPLAY_DIGITS, Scalar, format_real};
use std::borrow::Cow;

/// The teacher's form of `e` (see the module documentation). It prints the tree as it is: to
/// print a derivative simplified, pass it through [`super::simplify`] first (results of
/// [`super::derivative`] already are).
pub fn pretty(e: &Expr) -> String {
    let mut out = String::new();
    node(&mut out, e);
    out
}

fn superscript(n: u64) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string()
        .chars()
        .filter_map(|c| c.to_digit(10).map(|d| DIGITS[d as usize]))
        .collect()
}

fn minus(text: String) -> String {
    text.replace('-', "−")
}

fn number(s: &Scalar) -> String {
    minus(match s {
        Scalar::Exact(q) => q.to_string(),
        Scalar::Real(x) => format_real(*x, DISPLAY_DIGITS),
    })
}

fn is_negative(s: &Scalar) -> bool {
    s.to_f64() < 0.0
}

/// A whole-number exponent: `Some(k)` for `x^k` with `k` a whole number.
fn whole(e: &Expr) -> Option<i64> {
    match e {
        Expr::Num(s) => s.as_integer(),
        Expr::Neg(a) => whole(a).and_then(i64::checked_neg),
        _ => None,
    }
}

fn is_half(e: &Expr) -> bool {
    matches!(e, Expr::Num(s) if *s == Scalar::frac(1, 2))
}

/// Binding strength as printed: 1 `+ −`, 2 `· /` (and powers written as fractions), 3 prefix
/// `−`, 4 powers, 6 atoms.
fn precedence(e: &Expr) -> u8 {
    match e {
        Expr::Binary { op, rhs, .. } => match op {
            BinOp::Add | BinOp::Sub => 1,
            BinOp::Mul | BinOp::Div => 2,
            BinOp::Pow if whole(rhs).is_some_and(|k| k < 0) => 2,
            BinOp::Pow => 4,
        },
        Expr::Neg(_) => 3,
        Expr::Num(s) if is_negative(s) => 3,
        Expr::Num(Scalar::Exact(q)) if !q.is_integer() => 2,
        Expr::Percent(_) | Expr::Transpose(_) => 5,
        _ => 6,
    }
}

fn child(out: &mut String, e: &Expr, min: u8) {
    if precedence(e) < min {
        out.push('(');
        node(out, e);
        out.push(')');
    } else {
        node(out, e);
    }
}

fn node(out: &mut String, e: &Expr) {
    match e {
        Expr::Num(s) => out.push_str(&number(s)),
        Expr::Const(Constant::Pi) => out.push('π'),
        Expr::Const(Constant::E) => out.push('e'),
        Expr::Var(v) => out.push_str(v),
        Expr::Neg(a) => {
            out.push('−');
            // −(x/2) and (−x)/2 are the same number: no parentheses around a product.
            child(out, a, 2);
        }
        Expr::Binary { op, lhs, rhs, .. } => binary(out, *op, lhs, rhs),
        Expr::Call { name, args } => function(out, canonical_function(name), args),
        other => out.push_str(&minus(other.to_string())),
    }
}

/// The magnitude of a negative term written after `+`, if it is one: `x + (−y)` is `x − y`.
fn negated(e: &Expr) -> Option<Cow<'_, Expr>> {
    match e {
        Expr::Neg(a) => Some(Cow::Borrowed(&**a)),
        Expr::Num(s) if is_negative(s) => Some(Cow::Owned(Expr::Num(-*s))),
        _ => None,
    }
}

fn binary(out: &mut String, op: BinOp, lhs: &Expr, rhs: &Expr) {
    match op {
        BinOp::Add | BinOp::Sub => {
            child(out, lhs, 1);
            let (sign, term) = match negated(rhs) {
                Some(m) => (if op == BinOp::Add { " − " } else { " + " }, m),
                None => (
                    if op == BinOp::Add { " + " } else { " − " },
                    Cow::Borrowed(rhs),
                ),
            };
            out.push_str(sign);
            child(out, &term, 2);
        }
        BinOp::Mul => {
            // Both factors are written first: whether a `·` goes between them depends on how
            // the left one ends and the right one begins.
            let start = out.len();
            child(out, lhs, 2);
            let mid = out.len();
            let parenthesise = precedence(rhs) < 3 || negated(rhs).is_some();
            if parenthesise {
                out.push('(');
                node(out, rhs);
                out.push(')');
            } else {
                node(out, rhs);
            }
            if !implicit(lhs, &out[start..mid], &out[mid..]) {
                out.insert(mid, '·');
            }
        }
        BinOp::Div => {
            child(out, lhs, 2);
            out.push('/');
            child(out, rhs, 3);
        }
        BinOp::Pow => power(out, lhs, rhs),
    }
}

/// Whether a product is written without `·`: a plain number (not a fraction), or a product
/// ending in `π`, before a letter other than `e`, `π` or `√` (`6x`, `2πx`).
fn implicit(lhs: &Expr, left: &str, right: &str) -> bool {
    let plain_number = plain_number(lhs);
    let first = right.chars().next();
    (plain_number || (left.ends_with('π') && matches!(lhs, Expr::Binary { .. })))
        && first.is_some_and(|c| (c.is_alphabetic() && c != 'e' && c != 'E') || c == '√')
}

/// A whole or decimal number, or its negation (`−6` in `−6x³`), but not a fraction.
fn plain_number(e: &Expr) -> bool {
    match e {
        Expr::Num(Scalar::Exact(q)) => q.is_integer(),
        Expr::Num(Scalar::Real(x)) => x.is_finite(),
        Expr::Neg(a) => plain_number(a),
        _ => false,
    }
}

fn power(out: &mut String, base: &Expr, exp: &Expr) {
    if let Some(k) = whole(exp)
        && k < 0
    {
        // x⁻ᵏ is written 1/xᵏ.
        out.push_str("1/");
        if k == -1 {
            child(out, base, 3);
        } else {
            power(out, base, &Expr::Num(Scalar::int(k).abs()));
        }
        return;
    }
    if is_half(exp) {
        return root(out, base);
    }
    if matches!(base, Expr::Const(Constant::E)) && !matches!(exp, Expr::Var(_)) {
        if let Some(k) = whole(exp) {
            out.push('e');
            out.push_str(&superscript(k.unsigned_abs()));
        } else {
            exponential(out, exp);
        }
        return;
    }
    child(out, base, 5);
    match whole(exp) {
        Some(k) if k >= 0 => out.push_str(&superscript(k.unsigned_abs())),
        _ => {
            out.push('^');
            child(out, exp, 6);
        }
    }
}

fn exponential(out: &mut String, exp: &Expr) {
    match exp {
        Expr::Var(v) => {
            out.push_str("e^");
            out.push_str(v);
        }
        other => {
            out.push_str("exp(");
            node(out, other);
            out.push(')');
        }
    }
}

fn root(out: &mut String, arg: &Expr) {
    out.push('√');
    let bare = match arg {
        Expr::Var(_) | Expr::Const(_) => true,
        Expr::Num(Scalar::Exact(q)) => q.is_integer() && q.signum() >= 0,
        _ => false,
    };
    if bare {
        node(out, arg);
    } else {
        out.push('(');
        node(out, arg);
        out.push(')');
    }
}

fn function(out: &mut String, name: &str, args: &[Expr]) {
    match (name, args) {
        ("sqrt", [a]) => root(out, a),
        ("exp", [a]) => exponential(out, a),
        _ => {
            out.push_str(name);
            out.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                node(out, a);
            }
            out.push(')');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::simplify;
    use super::*;
    use crate::expr::{eval_at, parse};

    fn p(input: &str) -> String {
        pretty(&simplify(&parse(input).unwrap()))
    }

    #[test]
    fn writes_as_a_teacher_does() {
        assert_eq!(p("3x^2 - 4x + 1"), "3x² − 4x + 1");
        assert_eq!(p("2*x*cos(x^2)"), "2x·cos(x²)");
        assert_eq!(p("e^x"), "e^x");
        assert_eq!(p("e^(2x)"), "exp(2x)");
        assert_eq!(p("exp(x)*x^2"), "x²·e^x");
        assert_eq!(p("(x+1)/(x-1)"), "(x + 1)/(x − 1)");
        assert_eq!(p("(x+1)^-1"), "1/(x + 1)");
        assert_eq!(p("1/(2sqrt(x))"), "1/(2√x)");
        assert_eq!(p("2*(x+1)"), "2·(x + 1)");
        assert_eq!(p("x*y"), "x·y");
        assert_eq!(p("-2/(x-1)^2"), "−2/(x − 1)²");
        assert_eq!(p("-x/2"), "−x/2");
        assert_eq!(p("3/2*x^2"), "3x²/2");
        assert_eq!(p("2*e^x"), "2·e^x");
        assert_eq!(p("pi*x*2"), "2πx");
        assert_eq!(p("sqrt(x^2+1)"), "√(x² + 1)");
        assert_eq!(p("log(x)"), "ln(x)");
        assert_eq!(p("x^(y+1)"), "x^(y + 1)");
        assert_eq!(pretty(&parse("x + -y").unwrap()), "x − y");
        assert_eq!(pretty(&parse("(x+1)^(-1)*2").unwrap()), "1/(x + 1)·2");
        assert_eq!(p("-x*y"), "−x·y");
        assert_eq!(p("-1/x"), "−1/x");
        // A negated number before a letter is implicit like any number (built trees have
        // such nodes: `(−6)·x³`).
        let built = super::super::build::mul(
            Expr::Neg(Box::new(Expr::Num(Scalar::int(6)))),
            parse("x^3").unwrap(),
        );
        assert_eq!(pretty(&built), "−6x³");
    }

    #[test]
    fn reads_back_to_the_same_formula() {
        for input in [
            "3x^2 - 4x + 1",
            "2*x*cos(x^2)",
            "e^x*sin(x) - e^(2x)/x^3",
            "-2/(x-1)^2",
            "3/2*x^2 - x/7",
            "sqrt(x^2+1)/(2x)",
            "2*e^x + pi*x",
            "x^(1/3) + (x+1)^(-2)*2",
            "-sin(x)^2 + atan(x)",
        ] {
            let e = simplify(&parse(input).unwrap());
            let text = pretty(&e);
            let back = parse(&text).unwrap_or_else(|err| panic!("{text}: {err}"));
            for x in [0.3, 1.7, 2.9] {
                let (a, b) = (
                    eval_at(&e, &[("x", x)]).unwrap(),
                    eval_at(&back, &[("x", x)]).unwrap(),
                );
                assert!(
                    (a - b).abs() <= 1e-9 * a.abs().max(1.0),
                    "{input} → {text}: {a} vs {b}"
                );
            }
        }
    }
}
