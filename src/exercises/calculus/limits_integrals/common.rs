//! What the kinds of the limits-and-integrals family share (their polynomials are written by
//! `exercises::common::poly`): formulas as answers, `k·x` written, and the removable point
//! `(x − r)(x − s)/(x − r)` that both a limit and a continuity question are built on.

use crate::engine::{GenError, Line};
use crate::exercises::common::{Mistakes, Term, chain, num, poly, signed_join};
use crate::expr::{Value, parse};
use crate::math::Scalar;

/// A formula answer from its Unicode text (`3x² − 4x + 1` reads as the learner would type it).
pub fn formula(text: &str) -> Result<Value, GenError> {
    parse(text)
        .map(Value::Formula)
        .map_err(|_| GenError::Redraw("a formula does not parse"))
}

/// `k·x` written: `3x`, `x`, `−x`.
pub fn kx(k: i64) -> String {
    match k {
        1 => "x".into(),
        -1 => "−x".into(),
        _ => format!("{}x", num(Scalar::int(k))),
    }
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
    fn factors_and_formulas_read_as_written() {
        // The polynomial writer itself is tested in exercises::common::polynomials.
        let t = [(Scalar::int(3), 2), (Scalar::int(-4), 1), (Scalar::ONE, 0)];
        let f = [
            (Scalar::frac(-3, 2), 3),
            (Scalar::ZERO, 1),
            (Scalar::frac(1, 2), 0),
        ];
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
