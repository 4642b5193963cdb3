//! Shared pieces of the spectral kinds: polynomials in λ written as answers (`-λ^3 + 6*λ^2`) and
//! in solutions (`−λ³ + 6λ²`), `A − λI` written out, eigenvalue multisets, integer spectra drawn
//! backwards (`P·D·P⁻¹`). Direction mistakes (eigenvectors) are kept distinguishable by
//! `common::Mistakes::under` with the direction equivalence.

use super::super::common::{
    det2_text, factor, num, signed_join, signed_join_with, value_sum, vector_text,
};
use super::super::text::{exponent, superscript};
use crate::engine::{Domain, DrillRng, Equivalence, GenError, Tolerance};
use crate::expr::{BinOp, Expr, Value, parse};
use crate::math::linalg::nice_spectral::pdp_inverse;
use crate::math::{Matrix, Scalar};

/// The variable of characteristic polynomials. The answer language reads `λ` and its spelling
/// `lambda` as the same variable, so either may be typed.
pub const LAMBDA: &str = "λ";

/// The formula equivalence for polynomials in λ: compared at random points of `[−5, 5]`.
pub fn lambda_formula() -> Equivalence {
    Equivalence::Formula {
        vars: vec![Domain::new(LAMBDA, -5.0, 5.0)],
        tol: Tolerance::default(),
    }
}

/// The nonzero terms `(negative, |c|, power)` of a polynomial, highest power first.
fn terms(coeffs: &[Scalar]) -> Vec<(bool, Scalar, usize)> {
    let d = coeffs.len().saturating_sub(1);
    coeffs
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.is_zero())
        .map(|(k, &c)| (c.to_f64() < 0.0, c.abs(), d - k))
        .collect()
}

/// A polynomial in λ as answer text (coefficients highest power first): `-λ^3 + 6*λ^2 - 11*λ + 6`.
pub fn poly_text(coeffs: &[Scalar]) -> String {
    let parts: Vec<(bool, String)> = terms(coeffs)
        .into_iter()
        .map(|(neg, c, k)| {
            let power = match k {
                0 => String::new(),
                1 => LAMBDA.to_string(),
                k => format!("{LAMBDA}^{k}"),
            };
            let text = match (k, c == Scalar::ONE) {
                (0, _) => c.to_string(),
                (_, true) => power,
                (_, false) if c.to_string().contains('/') => format!("({c})*{power}"),
                (_, false) => format!("{c}*{power}"),
            };
            (neg, text)
        })
        .collect();
    signed_join_with(&parts, " - ", " + ")
}

/// A polynomial in λ as a solution shows it: `−λ³ + 6λ² − 11λ + 6`.
pub fn poly_pretty(coeffs: &[Scalar]) -> String {
    let parts: Vec<(bool, String)> = terms(coeffs)
        .into_iter()
        .map(|(neg, c, k)| {
            let power = match k {
                0 => String::new(),
                1 => LAMBDA.to_string(),
                k => format!("{LAMBDA}{}", superscript(k as i64)),
            };
            let text = match (k, c == Scalar::ONE) {
                (0, _) => num(c),
                (_, true) => power,
                (_, false) => format!("{}{power}", factor(c)),
            };
            (neg, text)
        })
        .collect();
    signed_join(&parts)
}

/// The polynomial as a formula value (the expected answer of a characteristic polynomial): the
/// expression [`poly_text`] parses to.
///
/// With integer coefficients (every polynomial the kinds draw, answers and mistakes alike) the
/// expression is built directly, node for node as the parser builds it from the text, which
/// skips the lexer and the parser; other coefficients go through the text.
pub fn poly_formula(coeffs: &[Scalar]) -> Result<Value, GenError> {
    if let Some(e) = integer_poly_expr(coeffs) {
        return Ok(Value::Formula(e));
    }
    parse(&poly_text(coeffs))
        .map(Value::Formula)
        .map_err(|_| GenError::Redraw("polynomial text does not parse"))
}

/// The parse of [`poly_text`] for integer coefficients, `None` otherwise: a left-leaning chain
/// of `+`/`−` over the terms `c*λ^k` (`c` and `^k` left out when 1), a leading minus sign on
/// the first factor of the first term (`-6*λ^2` is `(−6)·λ²`, `-λ^3` is `−(λ³)`), `0` for no
/// terms.
fn integer_poly_expr(coeffs: &[Scalar]) -> Option<Expr> {
    let binary = |op, lhs, rhs| Expr::Binary {
        op,
        lhs: Box::new(lhs),
        rhs: Box::new(rhs),
        implicit: false,
    };
    let neg = |e| Expr::Neg(Box::new(e));
    let lambda = || Expr::Var(LAMBDA.to_string());
    let mut sum: Option<Expr> = None;
    for (negative, c, k) in terms(coeffs) {
        c.as_integer()?;
        let power = match k {
            0 => None,
            1 => Some(lambda()),
            k => Some(binary(
                BinOp::Pow,
                lambda(),
                Expr::Num(Scalar::int(k as i64)),
            )),
        };
        let signed = |e| if negative && sum.is_none() { neg(e) } else { e };
        let term = match power {
            None => signed(Expr::Num(c)),
            Some(p) if c == Scalar::ONE => signed(p),
            Some(p) => binary(BinOp::Mul, signed(Expr::Num(c)), p),
        };
        sum = Some(match sum {
            None => term,
            Some(s) if negative => binary(BinOp::Sub, s, term),
            Some(s) => binary(BinOp::Add, s, term),
        });
    }
    Some(sum.unwrap_or(Expr::Num(Scalar::ZERO)))
}

/// `p(r)` substituted and evaluated, for a monic integer polynomial:
/// `2³ − 6·2² + 11·2 − 6 = 8 − 24 + 22 − 6 = 0`.
pub fn poly_at_steps(coeffs: &[Scalar], r: Scalar) -> String {
    let d = coeffs.len().saturating_sub(1);
    let mut sub_terms: Vec<(bool, String)> = Vec::new();
    let mut values = Vec::new();
    for (k, &c) in coeffs.iter().enumerate() {
        if c.is_zero() {
            continue;
        }
        let p = d - k;
        let power = match p {
            0 => String::new(),
            1 => factor(r),
            p => format!("{}{}", factor(r), superscript(p as i64)),
        };
        let size = c.abs();
        let text = match (p, size == Scalar::ONE) {
            (0, _) => num(size),
            (_, true) => power,
            (_, false) => format!("{}·{power}", num(size)),
        };
        sub_terms.push((c.to_f64() < 0.0, text));
        values.push(c * r.powi(p as i64).unwrap_or(Scalar::ZERO));
    }
    let total = values.iter().fold(Scalar::ZERO, |s, &x| s + x);
    format!(
        "{} = {} = {}",
        signed_join(&sub_terms),
        value_sum(&values),
        num(total)
    )
}

/// `(λ − 1)(λ + 2)²` for the roots `[1, −2, −2]` (grouped by value, in the order given, a root
/// 0 first as `λ`).
pub fn factored(roots: &[i64]) -> String {
    let mut groups: Vec<(i64, usize)> = Vec::new();
    for &r in roots {
        match groups.iter_mut().find(|(x, _)| *x == r) {
            Some(g) => g.1 += 1,
            None => groups.push((r, 1)),
        }
    }
    // `λ(λ − 3)`, not `(λ − 3)λ`
    groups.sort_by_key(|&(r, _)| r != 0);
    groups
        .iter()
        .map(|&(r, m)| {
            let base = match r {
                0 => LAMBDA.to_string(),
                r if r > 0 => format!("({LAMBDA} − {r})"),
                r => format!("({LAMBDA} + {})", -r),
            };
            format!("{base}{}", exponent(m as i64))
        })
        .collect()
}

/// An entry `a − λ` of `A − λI`: `3 − λ`, `−2 − λ`, `−λ`.
fn minus_lambda(a: Scalar) -> String {
    if a.is_zero() {
        format!("−{LAMBDA}")
    } else {
        format!("{} − {LAMBDA}", num(a))
    }
}

/// `A − λI` written out row by row: `[3 − λ, 1; 2, 4 − λ]`.
pub fn shifted_text(a: &Matrix) -> String {
    let rows: Vec<String> = (0..a.nrows())
        .map(|i| {
            (0..a.ncols())
                .map(|j| {
                    if i == j {
                        minus_lambda(a.get(i, j))
                    } else {
                        num(a.get(i, j))
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    format!("[{}]", rows.join("; "))
}

/// `(3 − λ)·(4 − λ)`: a product of diagonal entries of `A − λI`, `(−λ)` for a zero entry.
pub fn minus_lambda_factor(a: Scalar) -> String {
    format!("({})", minus_lambda(a))
}

/// `A − λI` named for a known number `λ`: `A − 2I`, `A − I`, `A + 6I`, `A` (for λ = 0).
pub fn shift_name(lambda: Scalar) -> String {
    let size = lambda.abs();
    let k = if size == Scalar::ONE {
        String::new()
    } else {
        factor(size)
    };
    match lambda.to_f64() {
        x if x > 0.0 => format!("A − {k}I"),
        x if x < 0.0 => format!("A + {k}I"),
        _ => "A".to_string(),
    }
}

/// `(A − 2I)·v`, or `A·v` when λ = 0: the shifted matrix times `v`.
pub fn shifted_times(lambda: Scalar, v: &str) -> String {
    let name = shift_name(lambda);
    if name.contains(' ') {
        format!("({name})·{v}")
    } else {
        format!("{name}·{v}")
    }
}

/// `A − λI` for a known number `λ`.
pub fn shifted(a: &Matrix, lambda: Scalar) -> Matrix {
    Matrix::from_fn(a.nrows(), a.ncols(), |i, j| {
        if i == j {
            a.get(i, j) - lambda
        } else {
            a.get(i, j)
        }
    })
}

/// A multiset of eigenvalues as a set value, sorted increasingly (so that equal multisets are
/// equal values).
pub fn eigen_set(xs: &[Scalar]) -> Value {
    let mut xs = xs.to_vec();
    xs.sort_by(|a, b| a.to_f64().total_cmp(&b.to_f64()));
    Value::Set(xs.into_iter().map(Value::Scalar).collect())
}

/// `n` distinct integers in `lo..=hi` (0 left out when `nonzero`), in the order drawn.
pub fn distinct_ints(rng: &mut DrillRng, n: usize, lo: i64, hi: i64, nonzero: bool) -> Vec<i64> {
    let mut pool: Vec<i64> = (lo..=hi).filter(|&x| !(nonzero && x == 0)).collect();
    rng.shuffle(&mut pool);
    pool.truncate(n);
    pool
}

/// Two distinct eigenvalues in −6..6 at most 5 apart, for a 2×2 `P·D·P⁻¹` (a small gap keeps
/// `A = λ₂I + (λ₁ − λ₂)·p₁q₁ᵀ` small).
pub fn two_eigenvalues(rng: &mut DrillRng) -> Vec<i64> {
    let first = rng.int(-6, 6);
    let near: Vec<i64> = (-6..=6)
        .filter(|&x| x != first && (x - first).abs() <= 5)
        .collect();
    vec![first, *rng.pick(&near)]
}

/// The integer eigenvalues of a level's `P·D·P⁻¹`, in the order of `P`'s columns, all nonzero
/// from level 2 on. Level 1: [`two_eigenvalues`], e.g. `[3, −1]`. Level 2: three distinct in
/// −4..5, e.g. `[2, −4, 5]`. Level 3: a double `μ` and a single `ν` in −4..5, shuffled, e.g.
/// `[3, −2, 3]`.
pub fn nonzero_spectrum(level: u8, rng: &mut DrillRng) -> Result<Vec<i64>, GenError> {
    Ok(match level {
        1 => two_eigenvalues(rng),
        2 => distinct_ints(rng, 3, -4, 5, true),
        3 => {
            let two = distinct_ints(rng, 2, -4, 5, true);
            let mut eigs = vec![two[0], two[0], two[1]];
            rng.shuffle(&mut eigs);
            eigs
        }
        l => return Err(GenError::Level(l)),
    })
}

/// The entry bound of a level's `P·D·P⁻¹` (for [`spectral_draw`]): 9 for the 2×2 of level 1,
/// 10 for the 3×3 of levels 2 and 3.
pub fn spectral_max_entry(level: u8) -> i64 {
    if level == 1 { 9 } else { 10 }
}

/// `A = P·D·P⁻¹` with the given eigenvalues (in the order of `P`'s columns) and entries within
/// `max_entry`, drawn again (a bounded number of times) while `A` has a zero off the diagonal in
/// a 2×2 or more than one zero in a 3×3 (so it is not triangular, where the eigenvalues would
/// stand on the diagonal), or a column of `P` is a multiple of a standard basis vector (a
/// trivial eigenvector).
pub fn spectral_draw(
    rng: &mut DrillRng,
    eigenvalues: &[i64],
    max_entry: i64,
) -> Result<(Matrix, Matrix, Matrix), GenError> {
    let n = eigenvalues.len();
    for _ in 0..SPECTRAL_TRIES {
        let (a, p, d) =
            pdp_inverse(rng, n, eigenvalues, max_entry).ok_or(GenError::Redraw("no P·D·P⁻¹"))?;
        let zeros = a.entries().iter().filter(|x| x.is_zero()).count();
        let off_zero = (0..n).any(|i| (0..n).any(|j| i != j && a.get(i, j).is_zero()));
        let trivial_column = (0..n).any(|j| p.col(j).iter().filter(|x| !x.is_zero()).count() == 1);
        if !((n == 2 && off_zero) || (n == 3 && zeros > 1) || trivial_column) {
            return Ok((a, p, d));
        }
    }
    Err(GenError::Redraw("A is too sparse"))
}

/// How many `P·D·P⁻¹` draws [`spectral_draw`] makes.
const SPECTRAL_TRIES: usize = 40;

/// `λ·v` written as `3·(2, −1)`.
pub fn scaled_text(k: Scalar, v: &[Scalar]) -> String {
    format!("{}·{}", factor(k), vector_text(v))
}

/// The principal 2×2 minor `Mᵢᵢ` of a 3×3 matrix written out: `1·4 − 2·3 = −2`.
pub fn principal_minor_steps(a: &Matrix, i: usize) -> (String, Scalar) {
    let m = a.minor_matrix(i, i);
    let (p, q) = (m.get(0, 0) * m.get(1, 1), m.get(0, 1) * m.get(1, 0));
    (format!("{} = {}", det2_text(&m), num(p - q)), p - q)
}

#[cfg(test)]
mod tests {
    use super::super::super::common::scalars;
    use super::*;

    #[test]
    fn polynomials_read_back_and_print_naturally() {
        let c = scalars(&[-1, 6, -11, 6]);
        assert_eq!(poly_text(&c), "-λ^3 + 6*λ^2 - 11*λ + 6");
        assert_eq!(poly_pretty(&c), "−λ³ + 6λ² − 11λ + 6");
        let q = scalars(&[1, 0, -4]);
        assert_eq!(poly_text(&q), "λ^2 - 4");
        assert_eq!(poly_pretty(&scalars(&[1, -1, 0])), "λ² − λ");
        assert_eq!(poly_text(&scalars(&[0, 0])), "0");
        let f = poly_formula(&c).unwrap();
        assert_eq!(crate::expr::parse_value(&f.to_text()).unwrap(), f);
        let Value::Formula(e) = f else { panic!() };
        let at2 = crate::expr::eval_at(&e, &[(LAMBDA, 2.0)]).unwrap();
        assert_eq!(at2, 0.0);
        assert_eq!(
            poly_at_steps(&scalars(&[1, -6, 11, -6]), Scalar::int(2)),
            "2³ − 6·2² + 11·2 − 6 = 8 − 24 + 22 − 6 = 0"
        );
        assert_eq!(
            poly_at_steps(&scalars(&[1, 0, -4]), Scalar::int(-2)),
            "(−2)² − 4 = 4 − 4 = 0"
        );
        assert_eq!(factored(&[1, -2, -2]), "(λ − 1)(λ + 2)²");
        assert_eq!(factored(&[0, 3]), "λ(λ − 3)");
        assert_eq!(factored(&[-1, 0]), "λ(λ + 1)");
    }

    #[test]
    fn built_polynomials_are_what_their_text_parses_to() {
        let text = |c: &[Scalar]| Value::Formula(parse(&poly_text(c)).unwrap());
        let mut cases: Vec<Vec<i64>> = vec![vec![], vec![0], vec![0, 0, 0], vec![7]];
        // every cubic (and, with a leading 0, quadratic) with coefficients in −3..3
        for code in 0..7i64.pow(4) {
            cases.push((0..4).map(|t| (code / 7i64.pow(t)) % 7 - 3).collect());
        }
        cases.push(vec![-1, 1_000_000_007, -i64::MAX, i64::MAX]);
        cases.push(vec![1, -25, 0, 0, 0, 12]);
        for c in &cases {
            let c = scalars(c);
            assert_eq!(poly_formula(&c).unwrap(), text(&c), "{c:?}");
        }
        // fractions go through the text
        let half = [Scalar::frac(1, 2), Scalar::int(-3), Scalar::frac(-5, 3)];
        assert!(integer_poly_expr(&half).is_none());
        assert_eq!(poly_formula(&half).unwrap(), text(&half));
    }

    #[test]
    fn shifted_matrices_and_products() {
        let a = Matrix::from_ints(&[[3, 1], [0, -2]]);
        assert_eq!(shifted_text(&a), "[3 − λ, 1; 0, −2 − λ]");
        assert_eq!(minus_lambda_factor(Scalar::ZERO), "(−λ)");
        assert_eq!(shift_name(Scalar::int(-6)), "A + 6I");
        assert_eq!(shift_name(Scalar::ONE), "A − I");
        assert_eq!(shift_name(Scalar::ZERO), "A");
        assert_eq!(
            shifted(&a, Scalar::int(3)),
            Matrix::from_ints(&[[0, 1], [0, -5]])
        );
        assert_eq!(
            scaled_text(Scalar::int(-2), &scalars(&[1, 2])),
            "(−2)·(1, 2)"
        );
    }

    #[test]
    fn eigenvalue_multisets_are_sorted() {
        assert_eq!(
            eigen_set(&scalars(&[3, -1, 3])),
            Value::Set(
                scalars(&[-1, 3, 3])
                    .into_iter()
                    .map(Value::Scalar)
                    .collect()
            )
        );
    }
}
