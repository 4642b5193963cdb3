//! Expressions and values as LaTeX: `\frac{3}{4}`, `\begin{bmatrix} … \end{bmatrix}`, `\cdot`,
//! `\sqrt{}`, `\sin`, `e^{…}`, `x^{2}`.

use super::ast::{BinOp, Constant, Expr};
use super::literal::{decimal_text, real_text};
use super::names::{greek_name, is_greek_name};
use super::printer::precedence;
use super::value::Value;
use crate::math::{Matrix, Scalar, format_real};

/// A real number in LaTeX: `0.25`, `1.5 \times 10^{-7}`.
fn real_latex(text: &str) -> String {
    match text.split_once('e') {
        Some(("1", e)) => format!("10^{{{e}}}"),
        Some(("-1", e)) => format!("-10^{{{e}}}"),
        Some((m, e)) => format!("{m} \\times 10^{{{e}}}"),
        None => text.to_string(),
    }
}

/// A number as a value: exact fractions as `\frac`, reals to 12 significant digits.
fn scalar_latex(s: &Scalar) -> String {
    match s {
        Scalar::Exact(q) if q.is_integer() => q.numer().to_string(),
        Scalar::Exact(q) => {
            let sign = if q.signum() < 0 { "-" } else { "" };
            format!(
                "{sign}\\frac{{{}}}{{{}}}",
                q.numer().unsigned_abs(),
                q.denom()
            )
        }
        Scalar::Real(x) => real_latex(&format_real(*x, 12)),
    }
}

/// A number inside a formula: decimals as typed (`0.75`), other fractions as `\frac`.
fn num_latex(s: &Scalar) -> String {
    match s {
        Scalar::Exact(q) => decimal_text(*q).unwrap_or_else(|| scalar_latex(s)),
        Scalar::Real(x) => real_latex(&real_text(*x)),
    }
}

fn bmatrix(rows: Vec<Vec<String>>) -> String {
    let body: Vec<String> = rows.into_iter().map(|r| r.join(" & ")).collect();
    format!(
        "\\begin{{bmatrix}} {} \\end{{bmatrix}}",
        body.join(" \\\\ ")
    )
}

fn matrix_latex(m: &Matrix) -> String {
    bmatrix(
        m.rows()
            .map(|r| r.iter().map(scalar_latex).collect())
            .collect(),
    )
}

fn var_latex(v: &str) -> String {
    if let Some((base, sub)) = v.split_once('_') {
        return format!("{}_{{{}}}", var_latex(base), sub);
    }
    let letters = v.chars().take_while(|c| !c.is_ascii_digit()).count();
    let (base, digits) = v.split_at(v.char_indices().nth(letters).map_or(v.len(), |(i, _)| i));
    let mut chars = base.chars();
    let letter = chars.next().filter(|_| chars.next().is_none());
    let base = match letter.and_then(greek_name) {
        Some(name) => format!("\\{name}"),
        None if is_greek_name(base) => format!("\\{base}"),
        None if letter.is_some() => base.to_string(),
        None => format!("\\mathrm{{{base}}}"),
    };
    if digits.is_empty() {
        base
    } else {
        format!("{base}_{{{digits}}}")
    }
}

/// LaTeX binding strength: like the text printer's, but a `\frac` is an atom.
fn latex_precedence(e: &Expr) -> u8 {
    match e {
        Expr::Binary { op: BinOp::Div, .. } => 6,
        Expr::Num(Scalar::Exact(q)) if decimal_text(*q).is_none() => {
            if q.signum() < 0 {
                3
            } else {
                6
            }
        }
        other => precedence(other),
    }
}

fn paren(s: String) -> String {
    format!("\\left({s}\\right)")
}

fn child(e: &Expr, min: u8) -> String {
    if latex_precedence(e) < min {
        paren(e.to_latex())
    } else {
        e.to_latex()
    }
}

fn args(args: &[Expr]) -> String {
    args.iter()
        .map(Expr::to_latex)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Does the product `lhs·rhs` read well without a `\cdot` (`2x`, `3\sqrt{2}`, `2\pi`)?
fn juxtaposes(lhs: &Expr, rhs: &Expr) -> bool {
    let letter_like = |e: &Expr| {
        matches!(e, Expr::Var(_) | Expr::Const(_) | Expr::Call { .. })
            || matches!(e, Expr::Binary { op: BinOp::Pow, lhs, .. }
                if matches!(**lhs, Expr::Var(_) | Expr::Const(_)))
    };
    matches!(lhs, Expr::Num(s) if s.to_f64() >= 0.0) && letter_like(rhs)
}

fn call_latex(name: &str, a: &[Expr]) -> String {
    let one = || a.first().map(Expr::to_latex).unwrap_or_default();
    let wrapped = || paren(args(a));
    match name {
        "sqrt" if a.len() == 1 => format!("\\sqrt{{{}}}", one()),
        "abs" if a.len() == 1 => format!("\\left|{}\\right|", one()),
        "exp" if a.len() == 1 => format!("e^{{{}}}", one()),
        "norm" if a.len() == 1 => format!("\\left\\lVert {} \\right\\rVert", one()),
        "floor" if a.len() == 1 => format!("\\left\\lfloor {} \\right\\rfloor", one()),
        "ceil" if a.len() == 1 => format!("\\left\\lceil {} \\right\\rceil", one()),
        "inv" if a.len() == 1 => format!("{}^{{-1}}", child(&a[0], 6)),
        "transpose" if a.len() == 1 => format!("{}^{{T}}", child(&a[0], 6)),
        "identity" | "eye" if a.len() == 1 => format!("I_{{{}}}", one()),
        "dot" if a.len() == 2 => format!("{} \\cdot {}", child(&a[0], 3), child(&a[1], 3)),
        "ln" | "log" => format!("\\ln{}", wrapped()),
        "log10" => format!("\\log_{{10}}{}", wrapped()),
        "log2" => format!("\\log_{{2}}{}", wrapped()),
        "sin" | "cos" | "tan" | "sinh" | "cosh" | "tanh" | "min" | "max" | "det" | "arcsin"
        | "arccos" | "arctan" => format!("\\{name}{}", wrapped()),
        "asin" | "acos" | "atan" => format!("\\arc{}{}", &name[1..], wrapped()),
        "sigmoid" => format!("\\sigma{}", wrapped()),
        "trace" => format!("\\operatorname{{tr}}{}", wrapped()),
        other => format!("\\operatorname{{{other}}}{}", wrapped()),
    }
}

impl Expr {
    /// The expression in LaTeX, e.g. `2 x \cos(x^2)` → `2x \cdot \cos\left(x^{2}\right)`.
    pub fn to_latex(&self) -> String {
        match self {
            Expr::Num(s) => num_latex(s),
            Expr::Const(Constant::Pi) => "\\pi".into(),
            Expr::Const(Constant::E) => "e".into(),
            Expr::Var(v) => var_latex(v),
            Expr::Bool(b) => format!("\\text{{{}}}", if *b { "yes" } else { "no" }),
            Expr::Neg(a) => format!("-{}", child(a, 3)),
            Expr::Binary { op, lhs, rhs, .. } => match op {
                BinOp::Add => format!("{} + {}", child(lhs, 1), child(rhs, 2)),
                BinOp::Sub => format!("{} - {}", child(lhs, 1), child(rhs, 2)),
                BinOp::Mul if juxtaposes(lhs, rhs) => {
                    format!("{}{}", child(lhs, 2), child(rhs, 3))
                }
                BinOp::Mul => format!("{} \\cdot {}", child(lhs, 2), child(rhs, 3)),
                BinOp::Div => format!("\\frac{{{}}}{{{}}}", lhs.to_latex(), rhs.to_latex()),
                BinOp::Pow => {
                    let base = match **lhs {
                        Expr::Binary { op: BinOp::Div, .. } => paren(lhs.to_latex()),
                        Expr::Num(Scalar::Exact(q)) if !q.is_integer() => paren(lhs.to_latex()),
                        _ => child(lhs, 5),
                    };
                    format!("{base}^{{{}}}", rhs.to_latex())
                }
            },
            Expr::Percent(a) => format!("{}\\%", child(a, 5)),
            Expr::Transpose(a) => format!("{}^{{T}}", child(a, 6)),
            Expr::Call { name, args } => call_latex(name, args),
            Expr::Vector(items) => bmatrix(items.iter().map(|e| vec![e.to_latex()]).collect()),
            Expr::Matrix(rows) => bmatrix(
                rows.iter()
                    .map(|r| r.iter().map(Expr::to_latex).collect())
                    .collect(),
            ),
            Expr::Set(items) => format!("\\{{{}\\}}", args(items)),
            Expr::Tuple(items) => paren(args(items)),
        }
    }
}

impl Value {
    /// The value in LaTeX: `-\frac{3}{4}`, matrices and (column) vectors as `bmatrix`,
    /// sets as `\{1, 3\}`.
    pub fn to_latex(&self) -> String {
        let join = |items: &[Value]| {
            items
                .iter()
                .map(Value::to_latex)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Value::Scalar(s) => scalar_latex(s),
            Value::Vector(v) => bmatrix(v.iter().map(|x| vec![scalar_latex(x)]).collect()),
            Value::Matrix(m) => matrix_latex(m),
            Value::Set(items) => format!("\\{{{}\\}}", join(items)),
            Value::Tuple(items) => paren(join(items)),
            Value::Bool(b) => format!("\\text{{{}}}", if *b { "yes" } else { "no" }),
            Value::Choice(c) => format!("\\text{{({c})}}"),
            Value::Formula(e) => e.to_latex(),
            Value::Complex { re, im } => super::value::complex_text(*re, *im, 6),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::expr::{parse, parse_value};

    fn tex(s: &str) -> String {
        parse(s).unwrap().to_latex()
    }
    fn vtex(s: &str) -> String {
        parse_value(s).unwrap().to_latex()
    }

    #[test]
    fn values() {
        assert_eq!(vtex("3/4"), "\\frac{3}{4}");
        assert_eq!(vtex("-3/4"), "-\\frac{3}{4}");
        assert_eq!(vtex("7"), "7");
        assert_eq!(
            vtex("[[1,2],[3,4]]"),
            "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}"
        );
        assert_eq!(vtex("[1, 2]"), "\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}");
        assert_eq!(vtex("{1, 3}"), "\\{1, 3\\}");
        assert_eq!(vtex("sqrt(2)"), "1.41421356237");
        assert_eq!(vtex("1e-20 * sqrt(2)"), "1.41421356237 \\times 10^{-20}");
        assert_eq!(vtex("yes"), "\\text{yes}");
    }

    #[test]
    fn formulas() {
        assert_eq!(tex("2*x*cos(x^2)"), "2x \\cdot \\cos\\left(x^{2}\\right)");
        assert_eq!(tex("sqrt(x)/2"), "\\frac{\\sqrt{x}}{2}");
        assert_eq!(tex("e^(-x^2/2)"), "e^{\\frac{-x^{2}}{2}}");
        assert_eq!(tex("exp(x)"), "e^{x}");
        assert_eq!(tex("(1/2)^x"), "\\left(\\frac{1}{2}\\right)^{x}");
        assert_eq!(tex("-(x+1)^2"), "-\\left(x + 1\\right)^{2}");
        assert_eq!(
            tex("sin(theta) + x_1 + x2 + sigma"),
            "\\sin\\left(\\theta\\right) + x_{1} + x_{2} + \\sigma"
        );
        assert_eq!(
            tex("λ^2 + mu0 + σ_max + ab"),
            "\\lambda^{2} + \\mu_{0} + \\sigma_{max} + a \\cdot b"
        );
        assert_eq!(tex("A'"), "A^{T}");
        assert_eq!(tex("12.5%"), "12.5\\%");
        assert_eq!(tex("log10(x)"), "\\log_{10}\\left(x\\right)");
    }
}
