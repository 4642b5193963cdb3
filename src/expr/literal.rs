//! Number literals: reading `2.5e-3` as the exact 1/400, and writing numbers back as text that
//! reads to the same value.

use crate::math::{Rational, Scalar};

/// Largest integer below which every integer is an `f64`: fractions whose parts stay below it
/// convert to `f64` with a single rounding, the same as parsing the decimal text directly.
const F64_EXACT_INT: i128 = 1 << 53;

/// The value of a literal such as `3`, `.5`, `2.5e-3`, `1e300`.
///
/// Integers that fit `i64` and decimals whose reduced fraction has parts below 2⁵³ are exact
/// rationals; others are `f64` (so converting the exact value to `f64` always agrees with parsing
/// the text as `f64`). `None` if the literal is not a finite number (`1e400`).
pub(crate) fn parse_number(text: &str) -> Option<Scalar> {
    // The common case, a whole number of up to 18 digits: exactly what `exact_value` gives it.
    if text.len() <= 18 && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok().map(Scalar::int);
    }
    if let Some(q) = exact_value(text) {
        return Some(Scalar::Exact(q));
    }
    let x: f64 = text.parse().ok()?;
    x.is_finite().then_some(Scalar::Real(x))
}

fn exact_value(text: &str) -> Option<Rational> {
    let (mantissa, exp) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i64>().ok()?),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int_part}{frac_part}");
    let digits = digits.trim_start_matches('0');
    if digits.len() > 36 {
        return None;
    }
    let n: i128 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    let scale = exp.checked_sub(i64::try_from(frac_part.len()).ok()?)?;
    if n == 0 {
        return Some(Rational::ZERO);
    }
    if scale >= 0 {
        let p = 10i128.checked_pow(u32::try_from(scale).ok()?)?;
        let v = i64::try_from(n.checked_mul(p)?).ok()?;
        return Some(Rational::int(v));
    }
    let den = 10i128.checked_pow(u32::try_from(-scale).ok()?)?;
    let q = Rational::from_i128(n, den)?;
    (i128::from(q.numer()).abs() < F64_EXACT_INT && i128::from(q.denom()) < F64_EXACT_INT)
        .then_some(q)
}

/// A real number as the shortest text that parses back to the same `f64`: `0.1`, `-2.5`,
/// `1e-12`, `1.5e20` (exponent form below 1e-4 and from 1e15 on, so it never prints long runs of
/// zeros).
pub(crate) fn real_text(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    let a = x.abs();
    if !(1e-4..1e15).contains(&a) {
        format!("{x:e}")
    } else {
        format!("{x}")
    }
}

/// An exact rational as a terminating decimal (`3/4` → `0.75`), if it is one and short enough.
pub(crate) fn decimal_text(q: Rational) -> Option<String> {
    if q.is_integer() {
        return Some(q.numer().to_string());
    }
    let mut d = q.denom();
    let (mut twos, mut fives) = (0u32, 0u32);
    while d % 2 == 0 {
        d /= 2;
        twos += 1;
    }
    while d % 5 == 0 {
        d /= 5;
        fives += 1;
    }
    if d != 1 {
        return None;
    }
    let places = twos.max(fives);
    let scaled = i128::from(q.numer())
        .checked_mul(10i128.checked_pow(places)?)?
        .checked_div(i128::from(q.denom()))?;
    let digits = scaled.unsigned_abs().to_string();
    let places = places as usize;
    let padded = format!("{digits:0>width$}", width = places + 1);
    let (int, frac) = padded.split_at(padded.len() - places);
    let sign = if scaled < 0 { "-" } else { "" };
    Some(format!("{sign}{int}.{frac}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> Scalar {
        Scalar::Exact(Rational::new(n, d).unwrap())
    }

    #[test]
    fn decimals_are_exact() {
        assert_eq!(parse_number("2.5e-3"), Some(q(1, 400)));
        assert_eq!(parse_number(".5"), Some(q(1, 2)));
        assert_eq!(parse_number("12.50"), Some(q(25, 2)));
        assert_eq!(parse_number("3E2"), Some(q(300, 1)));
        assert_eq!(parse_number("0"), Some(q(0, 1)));
        assert_eq!(parse_number("0.000"), Some(q(0, 1)));
        assert!(parse_number("0.1").unwrap().is_exact());
    }

    #[test]
    fn too_big_or_too_fine_is_real() {
        let x = parse_number("1e300").unwrap();
        assert!(!x.is_exact());
        assert_eq!(x.to_f64(), 1e300);
        let y = parse_number("0.30000000000000004").unwrap();
        assert_eq!(y.to_f64(), 0.30000000000000004);
        assert_eq!(parse_number("1e400"), None);
        assert_eq!(
            parse_number("1e-99999999999999999999").map(|s| s.to_f64()),
            Some(0.0)
        );
    }

    #[test]
    fn real_text_round_trips() {
        for x in [
            0.1, -2.5, 1e-12, 1.5e20, 123456.789, 1e15, 9.99e14, 1e-4, 5e-324,
        ] {
            let t = real_text(x);
            assert_eq!(t.parse::<f64>().unwrap(), x, "{t}");
            assert!(t.len() < 30, "{t}");
        }
        assert_eq!(real_text(1e-12), "1e-12");
        assert_eq!(real_text(0.25), "0.25");
    }

    #[test]
    fn terminating_decimals() {
        assert_eq!(
            decimal_text(Rational::new(3, 4).unwrap()).as_deref(),
            Some("0.75")
        );
        assert_eq!(
            decimal_text(Rational::new(-1, 400).unwrap()).as_deref(),
            Some("-0.0025")
        );
        assert_eq!(
            decimal_text(Rational::new(25, 2).unwrap()).as_deref(),
            Some("12.5")
        );
        assert_eq!(decimal_text(Rational::new(1, 3).unwrap()), None);
        assert_eq!(decimal_text(Rational::int(-7)).as_deref(), Some("-7"));
    }
}
