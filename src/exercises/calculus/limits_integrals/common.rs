//! What the kinds of the limits-and-integrals family share: polynomials in x written as a
//! teacher writes them (`3x² − 4x + 1`, `(3/2)x²`), formulas as answers, and the removable
//! point `(x − r)(x − s)/(x − r)` that both a limit and a continuity question are built on.

use crate::engine::{GenError, Line};
use crate::exercises::common::{Mistakes, chain, num, signed_join, superscript};
use crate::expr::{Value, parse};
use crate::math::Scalar;

/// A term `c·xⁿ` of a polynomial.
pub type Term = (Scalar, u32);

/// `c·xⁿ` without its sign: `3x²`, `x`, `(3/2)x³`, `5`.
fn term_text(c: Scalar, n: u32) -> String {
    let c = c.abs();
    let power = match n {
        0 => return num(c),
        1 => "x".to_string(),
        _ => format!("x{}", superscript(n)),
    };
    let s = num(c);
    if c == Scalar::ONE {
        power
    } else if s.contains('/') {
        format!("({s}){power}")
    } else {
        format!("{s}{power}")
    }
}

/// A polynomial from its terms (zero terms left out), in the order given: `3x² − 4x + 1`.
pub fn poly(terms: &[Term]) -> String {
    let parts: Vec<(bool, String)> = terms
        .iter()
        .filter(|(c, _)| !c.is_zero())
        .map(|&(c, n)| (c.to_f64() < 0.0, term_text(c, n)))
        .collect();
    signed_join(&parts)
}

/// The polynomial's value at `x`, exactly.
pub fn poly_at(terms: &[Term], x: Scalar) -> Scalar {
    terms.iter().fold(Scalar::ZERO, |s, &(c, n)| {
        s + c * (0..n).fold(Scalar::ONE, |p, _| p * x)
    })
}

/// The polynomial's terms with `x` replaced by the number `x`: `3·2² − 4·2 + 1`.
pub fn poly_substituted(terms: &[Term], x: Scalar) -> String {
    let xs = crate::exercises::common::factor(x);
    let parts: Vec<(bool, String)> = terms
        .iter()
        .filter(|(c, _)| !c.is_zero())
        .map(|&(c, n)| {
            let c_abs = c.abs();
            let text = match n {
                0 => num(c_abs),
                _ => {
                    let p = if n == 1 {
                        xs.clone()
                    } else {
                        format!("{xs}{}", superscript(n))
                    };
                    if c_abs == Scalar::ONE {
                        p
                    } else {
                        format!("{}·{p}", crate::exercises::common::factor(c_abs))
                    }
                }
            };
            (c.to_f64() < 0.0, text)
        })
        .collect();
    signed_join(&parts)
}

/// A formula answer from its Unicode text (`3x² − 4x + 1` reads as the learner would type it).
pub fn formula(text: &str) -> Result<Value, GenError> {
    parse(text)
        .map(Value::Formula)
        .map_err(|_| GenError::Redraw("a formula does not parse"))
}

/// `(x − r)(x − s)` expanded: the terms `x² − (r + s)x + rs`.
pub fn product_of_roots(r: i64, s: i64) -> Vec<Term> {
    vec![
        (Scalar::ONE, 2),
        (Scalar::int(-(r + s)), 1),
        (Scalar::int(r * s), 0),
    ]
}

/// `x − r` (or `x + |r|`).
pub fn x_minus(r: i64) -> String {
    poly(&[(Scalar::ONE, 1), (Scalar::int(-r), 0)])
}

/// `(x² − (r + s)x + rs)/(x − r)`, the numerator expanded.
pub fn removable_fraction(r: i64, s: i64) -> String {
    format!("({})/({})", poly(&product_of_roots(r, s)), x_minus(r))
}

/// The worked steps and hints of `lim_{x→r} (x − r)(x − s)/(x − r) = r − s`: factor, cancel,
/// substitute.
pub fn cancel_steps(r: i64, s: i64) -> (Vec<Line>, Vec<String>) {
    let numerator = poly(&product_of_roots(r, s));
    let (rs, other, factor_r) = (num(Scalar::int(r)), x_minus(s), x_minus(r));
    let value = Scalar::int(r - s);
    let lines = vec![
        Line::text("Substituting ")
            .m(format!("x = {rs}"))
            .t(" gives 0/0, so factor the numerator:"),
        Line::math(format!("{numerator} = ({factor_r})({other})")),
        Line::text("Cancel the common factor (allowed since ")
            .m(format!("x ≠ {rs}"))
            .t(" near the point) and substitute:"),
        Line::math(chain(
            &format!("lim f(x) = lim ({other})"),
            &[
                signed_join(&[(false, rs.clone()), (s > 0, s.abs().to_string())]),
                num(value),
            ],
        )),
    ];
    let hints = vec![
        format!(
            "Substituting x = {rs} gives 0/0: x = {rs} is a root of the numerator, so \
             {factor_r} is one of its factors."
        ),
        format!(
            "{numerator} = ({factor_r})({other}): cancel {factor_r} and put x = {rs} into {other}."
        ),
    ];
    (lines, hints)
}

/// The named mistakes of a removable point: 0/0 read as 0, and the kept factor's sign.
pub fn removable_mistakes(ms: &mut Mistakes, r: i64, s: i64) -> Result<(), GenError> {
    ms.require(
        "direct_substitution",
        Scalar::ZERO,
        "Substituting directly gives 0/0, and 0/0 is not 0: it is an indeterminate form, which \
         says that the numerator and the denominator share a factor. Cancel it first.",
    )?;
    ms.require(
        "factor_sign",
        Scalar::int(r + s),
        "The factor left after cancelling has the wrong sign: multiply your two factors back \
         out and compare with the numerator.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polynomials_read_as_written() {
        let t = [(Scalar::int(3), 2), (Scalar::int(-4), 1), (Scalar::ONE, 0)];
        assert_eq!(poly(&t), "3x² − 4x + 1");
        assert_eq!(
            poly_substituted(&t, Scalar::int(-2)),
            "3·(−2)² − 4·(−2) + 1"
        );
        assert_eq!(poly_at(&t, Scalar::int(-2)), Scalar::int(21));
        let f = [
            (Scalar::frac(-3, 2), 3),
            (Scalar::ZERO, 1),
            (Scalar::frac(1, 2), 0),
        ];
        assert_eq!(poly(&f), "−(3/2)x³ + 1/2");
        assert_eq!(poly(&product_of_roots(2, -3)), "x² + x − 6");
        assert_eq!(x_minus(-4), "x + 4");
        let Value::Formula(e) = formula(&poly(&t)).unwrap() else {
            panic!()
        };
        assert_eq!(crate::expr::eval_at(&e, &[("x", 2.0)]).unwrap(), 5.0);
        let Value::Formula(e) = formula(&poly(&f)).unwrap() else {
            panic!()
        };
        assert_eq!(crate::expr::eval_at(&e, &[("x", 1.0)]).unwrap(), -1.0);
    }
}
