//! Simplification to the form a teacher writes: numbers folded exactly, like terms and like
//! powers collected, no `1·x`, `x^1`, `x^0`, `0 + …` or `−(−x)`, and products of sums left
//! unexpanded (`2(x + 1)`, not `2x + 2`).
//!
//! The expression is read into a sum of terms, each a coefficient ([`Scalar`], exact where the
//! input is) times powers of bases (`x`, `cos(x²)`, `(x + 1)`), then written back:
//!
//! - the factors of a term in a fixed order: numbers first, then `π`, variables (alphabetical),
//!   powers of `e`, function calls, sums; factors with a negative number as exponent go into a
//!   denominator (`2x/(x + 1)²`, never `2x·(x + 1)⁻¹`), and exponent ½ is written `sqrt`;
//! - the terms of a polynomial by falling degree (`3x² − 4x + 1`); otherwise in the order they
//!   arose (the product rule's `f′·g + f·g′` stays in that order), the constant term last.
//!
//! Rules that hold only on part of the domain are not applied: `(x²)^(1/2)` stays `sqrt(x^2)`
//! (it is `|x|`, not `x`), and powers are multiplied out only for whole-number exponents.

use super::build::{add, div, mul, neg, pow, sub};
use crate::expr::{BinOp, Constant, Expr};
use crate::math::Scalar;

/// The power `base^exp` inside a term.
#[derive(Clone, Debug, PartialEq)]
struct Factor {
    base: Expr,
    exp: Expr,
}

/// `coef · Π factors`, the factors in canonical order with distinct bases.
#[derive(Clone, Debug, PartialEq)]
struct Term {
    coef: Scalar,
    factors: Vec<Factor>,
}

type Sum = Vec<Term>;

/// The simplified form of `e` (see the module documentation). Nodes that are not formulas of
/// numbers (vectors, matrices, yes/no) are kept as they are.
///
/// Constants are folded in exact arithmetic where they fit and in f64 where they do not; a fold
/// that would overflow (`10^400` is no f64) leaves the power as it is, and should any other fold
/// bring in a number that is not finite, the formula is returned unsimplified rather than
/// changed in value.
pub fn simplify(e: &Expr) -> Expr {
    let simplified = tree(e);
    if all_finite(&simplified) || !all_finite(e) {
        simplified
    } else {
        e.clone()
    }
}

fn tree(e: &Expr) -> Expr {
    from_sum(to_sum(e))
}

/// Whether every number in `e` is finite.
fn all_finite(e: &Expr) -> bool {
    !crate::expr::any_node(e, |node| matches!(node, Expr::Num(s) if !s.is_finite()))
}

fn one() -> Expr {
    Expr::Num(Scalar::ONE)
}

fn constant(c: Scalar) -> Sum {
    if c.is_zero() {
        Vec::new()
    } else {
        vec![Term {
            coef: c,
            factors: Vec::new(),
        }]
    }
}

fn atom(e: Expr) -> Sum {
    vec![Term {
        coef: Scalar::ONE,
        factors: vec![Factor {
            base: e,
            exp: one(),
        }],
    }]
}

fn to_sum(e: &Expr) -> Sum {
    match e {
        Expr::Num(s) => constant(*s),
        Expr::Neg(a) => scale(to_sum(a), Scalar::int(-1)),
        Expr::Percent(a) => scale(to_sum(a), Scalar::frac(1, 100)),
        Expr::Binary { op, lhs, rhs, .. } => match op {
            BinOp::Add => collect(flatten(
                to_sum(lhs).into_iter().chain(to_sum(rhs)).collect(),
            )),
            BinOp::Sub => collect(flatten(
                to_sum(lhs)
                    .into_iter()
                    .chain(scale(to_sum(rhs), Scalar::int(-1)))
                    .collect(),
            )),
            BinOp::Mul => product(to_sum(lhs), to_sum(rhs)),
            BinOp::Div => quotient(to_sum(lhs), to_sum(rhs)),
            BinOp::Pow => power(to_sum(lhs), tree(rhs)),
        },
        Expr::Call { name, args } => call(name, args),
        _ => atom(e.clone()),
    }
}

fn scale(sum: Sum, c: Scalar) -> Sum {
    sum.into_iter()
        .map(|t| Term {
            coef: t.coef * c,
            ..t
        })
        .filter(|t| !t.coef.is_zero())
        .collect()
}

/// Inside a sum of several terms, a term that is a number times a sum is spread out, so that
/// `(x − 1) − (x + 1)` becomes `−2`; a product of a number and a sum on its own stays
/// (`2(x + 1)`).
fn flatten(terms: Sum) -> Sum {
    if terms.len() < 2 {
        return terms;
    }
    let mut out = Vec::with_capacity(terms.len());
    for t in terms {
        match t.factors.as_slice() {
            [f] if f.exp == one() && is_sum(&f.base) => out.extend(scale(to_sum(&f.base), t.coef)),
            _ => out.push(t),
        }
    }
    out
}

fn is_sum(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Binary {
            op: BinOp::Add | BinOp::Sub,
            ..
        }
    )
}

/// Adds the coefficients of terms with the same factors, in the order of first appearance.
fn collect(terms: Sum) -> Sum {
    let mut out: Sum = Vec::with_capacity(terms.len());
    for t in terms {
        match out.iter_mut().find(|o| o.factors == t.factors) {
            Some(o) => o.coef = o.coef + t.coef,
            None => out.push(t),
        }
    }
    out.retain(|t| !t.coef.is_zero());
    out
}

/// A sum as one term: itself if it has one term, else the sum as a factor.
fn as_term(sum: Sum) -> Term {
    if sum.len() == 1 {
        return sum.into_iter().next().expect("one term");
    }
    if sum.is_empty() {
        return Term {
            coef: Scalar::ZERO,
            factors: Vec::new(),
        };
    }
    Term {
        coef: Scalar::ONE,
        factors: vec![Factor {
            base: from_sum(sum),
            exp: one(),
        }],
    }
}

fn add_exponents(a: &Expr, b: &Expr) -> Expr {
    match (a, b) {
        (Expr::Num(p), Expr::Num(q)) => Expr::Num(*p + *q),
        _ => tree(&add(a.clone(), b.clone())),
    }
}

fn is_zero_num(e: &Expr) -> bool {
    matches!(e, Expr::Num(s) if s.is_zero())
}

fn times(a: Term, b: Term) -> Term {
    let mut factors = a.factors;
    for f in b.factors {
        match factors.iter_mut().find(|g| g.base == f.base) {
            Some(g) => g.exp = add_exponents(&g.exp, &f.exp),
            None => factors.push(f),
        }
    }
    factors.retain(|f| !is_zero_num(&f.exp));
    sort_factors(&mut factors);
    Term {
        coef: a.coef * b.coef,
        factors,
    }
}

fn product(a: Sum, b: Sum) -> Sum {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let t = times(as_term(a), as_term(b));
    if t.coef.is_zero() {
        Vec::new()
    } else {
        vec![t]
    }
}

fn quotient(a: Sum, b: Sum) -> Sum {
    if b.is_empty() {
        // Division by zero stays visible (evaluating it is an error).
        return atom(div(from_sum(a), Expr::Num(Scalar::ZERO)));
    }
    let t = as_term(b);
    let Some(coef) = t.coef.recip() else {
        return atom(div(from_sum(a), from_sum(vec![t])));
    };
    let inverse = Term {
        coef,
        factors: t
            .factors
            .into_iter()
            .map(|f| Factor {
                exp: negate(&f.exp),
                base: f.base,
            })
            .collect(),
    };
    product(a, vec![inverse])
}

fn negate(e: &Expr) -> Expr {
    match e {
        Expr::Num(s) => Expr::Num(-*s),
        other => tree(&neg(other.clone())),
    }
}

fn multiply_exponents(e: &Expr, k: Scalar) -> Expr {
    match e {
        Expr::Num(s) => Expr::Num(*s * k),
        other => tree(&mul(Expr::Num(k), other.clone())),
    }
}

/// `base^exp` with `exp` already simplified.
fn power(base: Sum, exp: Expr) -> Sum {
    let as_factor = |base: Sum, exp: Expr| {
        vec![Term {
            coef: Scalar::ONE,
            factors: vec![Factor {
                base: from_sum(base),
                exp,
            }],
        }]
    };
    let Expr::Num(k) = exp else {
        // A formula as exponent: `x^y`, `e^(2x)`.
        return match base.as_slice() {
            [] => as_factor(base, exp),
            [t] if t.factors.is_empty() && t.coef == Scalar::ONE => constant(Scalar::ONE),
            [t] if t.coef == Scalar::ONE && t.factors.len() == 1 && t.factors[0].exp == one() => {
                vec![Term {
                    coef: Scalar::ONE,
                    factors: vec![Factor {
                        base: t.factors[0].base.clone(),
                        exp,
                    }],
                }]
            }
            _ => as_factor(base, exp),
        };
    };
    if k.is_zero() {
        return constant(Scalar::ONE);
    }
    if k == Scalar::ONE {
        return base;
    }
    if base.is_empty() {
        return if k.to_f64() > 0.0 {
            Vec::new()
        } else {
            as_factor(base, Expr::Num(k))
        };
    }
    if base.len() > 1 {
        return as_factor(base, Expr::Num(k));
    }
    let t = base.into_iter().next().expect("one term");
    if let Some(n) = k.as_integer() {
        // (c·Π bᵉ)ⁿ = cⁿ·Π bᵉⁿ for a whole number n.
        let Some(coef) = t.coef.powi(n).filter(Scalar::is_finite) else {
            return as_factor(vec![t], Expr::Num(k));
        };
        let factors = t
            .factors
            .into_iter()
            .map(|f| Factor {
                exp: multiply_exponents(&f.exp, k),
                base: f.base,
            })
            .collect();
        return vec![Term { coef, factors }];
    }
    if t.factors.is_empty() {
        // A number to a fractional power: exact when it is (√(9/4) = 3/2).
        if k == Scalar::frac(1, 2) && t.coef.to_f64() >= 0.0 {
            let root = t.coef.sqrt();
            if root.is_exact() {
                return constant(root);
            }
        }
        return as_factor(vec![t], Expr::Num(k));
    }
    if t.coef == Scalar::ONE && t.factors.len() == 1 && t.factors[0].exp == one() {
        let base = t.factors.into_iter().next().expect("one factor").base;
        return vec![Term {
            coef: Scalar::ONE,
            factors: vec![Factor {
                base,
                exp: Expr::Num(k),
            }],
        }];
    }
    as_factor(vec![t], Expr::Num(k))
}

/// The one spelling of a function (`log` and `ln` are the same function).
pub(crate) fn canonical_function(name: &str) -> &str {
    match name {
        "log" => "ln",
        "arcsin" => "asin",
        "arccos" => "acos",
        "arctan" => "atan",
        other => other,
    }
}

fn call(name: &str, args: &[Expr]) -> Sum {
    let name = canonical_function(name);
    let args: Vec<Expr> = args.iter().map(simplify).collect();
    if let [arg] = args.as_slice() {
        if name == "sqrt" {
            return power(to_sum(arg), Expr::Num(Scalar::frac(1, 2)));
        }
        let zero = is_zero_num(arg);
        let unit = matches!(arg, Expr::Num(s) if *s == Scalar::ONE);
        match name {
            "sin" | "tan" | "asin" | "atan" | "sinh" | "tanh" if zero => return Vec::new(),
            "exp" | "cos" | "cosh" if zero => return constant(Scalar::ONE),
            "ln" if unit => return Vec::new(),
            "ln" if matches!(arg, Expr::Const(Constant::E)) => return constant(Scalar::ONE),
            _ => {}
        }
    }
    atom(Expr::Call {
        name: name.to_string(),
        args,
    })
}

/// The order of factors: π, variables, powers of e and of numbers, calls, sums, the rest.
fn factor_class(e: &Expr) -> u8 {
    match e {
        Expr::Const(Constant::Pi) => 0,
        Expr::Var(_) => 1,
        Expr::Const(Constant::E) | Expr::Num(_) => 2,
        Expr::Call { .. } => 3,
        Expr::Binary {
            op: BinOp::Add | BinOp::Sub,
            ..
        }
        | Expr::Neg(_) => 4,
        _ => 5,
    }
}

fn sort_factors(factors: &mut [Factor]) {
    factors.sort_by_cached_key(|f| (factor_class(&f.base), f.base.to_string()));
}

/// The degree of a monomial in variables with whole-number exponents (`3x²y` is 3), or `None`.
fn monomial_degree(t: &Term) -> Option<i64> {
    t.factors
        .iter()
        .try_fold(0i64, |acc, f| match (&f.base, &f.exp) {
            (Expr::Var(_), Expr::Num(k)) => k
                .as_integer()
                .filter(|&n| n > 0)
                .and_then(|n| acc.checked_add(n)),
            _ => None,
        })
}

fn from_sum(mut terms: Sum) -> Expr {
    let degrees: Option<Vec<i64>> = terms.iter().map(monomial_degree).collect();
    match degrees {
        Some(_) => terms.sort_by_key(|t| std::cmp::Reverse(monomial_degree(t).unwrap_or(0))),
        None => terms.sort_by_key(|t| t.factors.is_empty()),
    }
    let mut out: Option<Expr> = None;
    for t in terms {
        let negative = t.coef.to_f64() < 0.0;
        let lead = out.is_none() && negative;
        let magnitude = term_expr(
            Term {
                coef: if negative { -t.coef } else { t.coef },
                factors: t.factors,
            },
            lead,
        );
        out = Some(match (out, negative) {
            (None, _) => magnitude,
            (Some(acc), false) => add(acc, magnitude),
            (Some(acc), true) => sub(acc, magnitude),
        });
    }
    out.unwrap_or(Expr::Num(Scalar::ZERO))
}

fn factor_expr(f: Factor) -> Expr {
    match &f.exp {
        Expr::Num(k) if *k == Scalar::ONE => f.base,
        Expr::Num(k) if *k == Scalar::frac(1, 2) => super::build::call("sqrt", f.base),
        _ => pow(f.base, f.exp),
    }
}

fn product_of(items: Vec<Expr>) -> Option<Expr> {
    items.into_iter().reduce(mul)
}

/// A term with a coefficient that is not negative, negated when `negate` is set: the sign goes
/// into the leading number where there is one (`-2*x`, `-2/(x - 1)^2`), else on the first
/// factor (`-x*y`).
fn term_expr(t: Term, negate: bool) -> Expr {
    if t.factors.is_empty() {
        return Expr::Num(if negate { -t.coef } else { t.coef });
    }
    let (top, bottom) = match t.coef {
        Scalar::Exact(q) => (Scalar::int(q.numer()), Scalar::int(q.denom())),
        real => (real, Scalar::ONE),
    };
    let mut numer = Vec::new();
    let mut denom = Vec::new();
    let signed = negate && (top != Scalar::ONE || t.factors.is_empty());
    if top != Scalar::ONE || t.factors.is_empty() {
        numer.push(Expr::Num(if signed { -top } else { top }));
    }
    if bottom != Scalar::ONE {
        denom.push(Expr::Num(bottom));
    }
    for f in t.factors {
        match f.exp {
            Expr::Num(k) if k.to_f64() < 0.0 => denom.push(factor_expr(Factor {
                base: f.base,
                exp: Expr::Num(-k),
            })),
            _ => numer.push(factor_expr(f)),
        }
    }
    if negate && !signed {
        // The sign on the first factor: `-x*y`, `-1/x`, `-(x + 1)/x`.
        match numer.first_mut() {
            Some(first) => *first = neg(first.clone()),
            None => numer.push(Expr::Num(Scalar::int(-1))),
        }
    }
    let numer = product_of(numer).unwrap_or_else(one);
    match product_of(denom) {
        Some(d) => div(numer, d),
        None => numer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::parse;

    fn s(input: &str) -> String {
        simplify(&parse(input).unwrap()).to_string()
    }

    #[test]
    fn removes_what_a_teacher_would_not_write() {
        assert_eq!(s("1*x^0"), "1");
        assert_eq!(s("0 + x"), "x");
        assert_eq!(s("x^1"), "x");
        assert_eq!(s("x*1"), "x");
        assert_eq!(s("--x"), "x");
        assert_eq!(s("2*(3x)"), "6*x");
        assert_eq!(s("x*x^2"), "x^3");
        assert_eq!(s("x + x"), "2*x");
        assert_eq!(s("x - x"), "0");
        assert_eq!(s("1 - 4x + 3x^2"), "3*x^2 - 4*x + 1");
        assert_eq!(s("cos(x^2)*2x"), "2*x*cos(x^2)");
    }

    #[test]
    fn keeps_products_of_sums_and_writes_denominators() {
        assert_eq!(s("2*(x + 1)"), "2*(x + 1)");
        assert_eq!(s("(x+1)*(x+1)"), "(x + 1)^2");
        assert_eq!(s("(x + 1)^-1"), "1/(x + 1)");
        assert_eq!(s("2x*(x+1)^(-2)"), "2*x/(x + 1)^2");
        assert_eq!(s("x/2"), "x/2");
        assert_eq!(s("3/2*x^2"), "3*x^2/2");
        assert_eq!(s("1/(2*x^(1/2))"), "1/(2*sqrt(x))");
        assert_eq!(s("sqrt(x)*sqrt(x)"), "x");
        assert_eq!(s("sqrt(x^2)"), "sqrt(x^2)");
        assert_eq!(s("sqrt(9/4)"), "1.5");
        assert_eq!(s("log(x) + ln(x)"), "2*ln(x)");
        assert_eq!(s("e^x * e^(2x)"), "e^(3*x)");
        assert_eq!(s("-(x*y)"), "-x*y");
        assert_eq!(s("x^y * x"), "x^(y + 1)");
    }

    #[test]
    fn never_folds_a_constant_past_the_doubles() {
        // 10^400 overflows f64: it stays a power (found by the fuzzer as `inf` in a derivative).
        assert_eq!(s("1/(10^400 + x^2)"), "1/(10^400 + x^2)");
        let d = super::super::derivative(&parse("1/(10^400 + x^2)").unwrap(), "x").unwrap();
        assert!(all_finite(&d.result), "{}", d.result);
        // Any other overflowing fold leaves the formula as it was, not changed in value.
        let big = parse("(1e300*x)*(1e300*y)").unwrap();
        assert!(all_finite(&simplify(&big)), "{}", simplify(&big));
    }

    #[test]
    fn is_idempotent_on_examples() {
        for input in [
            "3x^2 - 4x + 1",
            "2x*cos(x^2)",
            "(x+1)/(x-1)",
            "e^(2x)*sin(x) - x^-3",
            "sqrt(x^2 + 1)/(2x)",
        ] {
            let once = simplify(&parse(input).unwrap());
            assert_eq!(simplify(&once), once, "{input}");
        }
    }
}
