//! Writing data and statistics as the prompts and worked solutions show them: decimals where the
//! data have them (`2.35`, not `47/20`), a data list `2, 5, 7`, a sum `2 + 5 − 3`, and the
//! answer's value as the checker expects it.

use super::summary::decimal_places;
use crate::exercises::common::{num, signed_join};
use crate::math::Scalar;

/// A number as the data show it: a fraction with a short decimal form as that decimal (`2.35`,
/// `−0.5`), any other exact fraction as a fraction (`17/3`), a real with 6 significant digits.
pub fn dec(x: Scalar) -> String {
    let Some(q) = x.exact() else {
        return num(x);
    };
    let Some(places) = decimal_places(q).filter(|&p| p > 0) else {
        return num(x);
    };
    let scaled = q.numer().unsigned_abs() as u128 * (10u128.pow(places) / q.denom() as u128);
    let unit = 10u128.pow(places);
    let sign = if q.numer() < 0 { "−" } else { "" };
    format!(
        "{sign}{}.{:0width$}",
        scaled / unit,
        scaled % unit,
        width = places as usize
    )
}

/// A number as a factor or a term to subtract: negatives in parentheses, `(−2.5)`.
pub fn dec_factor(x: Scalar) -> String {
    let s = dec(x);
    if x.to_f64() < 0.0 || s.contains('/') {
        format!("({s})")
    } else {
        s
    }
}

/// A data list: `2, 5, −1.5`.
pub fn list(xs: &[Scalar]) -> String {
    xs.iter().map(|&x| dec(x)).collect::<Vec<_>>().join(", ")
}

/// A sum of values with their signs folded in: `2 + 5 − 1.5`.
pub fn sum(xs: &[Scalar]) -> String {
    let terms: Vec<(bool, String)> = xs
        .iter()
        .map(|&x| (x.to_f64() < 0.0, dec(x.abs())))
        .collect();
    signed_join(&terms)
}

/// The answer's value as the checker holds it: an exact fraction with a short decimal form
/// becomes that decimal (so `solve` prints `2.35`, not `47/20`); integers and other fractions
/// (`17/3`) stay exact.
pub fn answer_value(x: Scalar) -> Scalar {
    match x.exact() {
        Some(q) if !q.is_integer() && decimal_places(q).is_some() => Scalar::Real(q.to_f64()),
        _ => x,
    }
}

/// The answer as the last step of a solution shows it: `num` of [`answer_value`], which is what
/// the soundness check looks for.
pub fn shown(x: Scalar) -> String {
    num(answer_value(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_fractions_and_sums_read_naturally() {
        assert_eq!(dec(Scalar::frac(47, 20)), "2.35");
        assert_eq!(dec(Scalar::frac(-1, 2)), "−0.5");
        assert_eq!(dec(Scalar::frac(-21, 20)), "−1.05");
        assert_eq!(dec(Scalar::frac(1, 20)), "0.05");
        assert_eq!(dec(Scalar::frac(17, 3)), "17/3");
        assert_eq!(dec(Scalar::int(-4)), "−4");
        assert_eq!(dec_factor(Scalar::int(-4)), "(−4)");
        let xs = [Scalar::int(2), Scalar::int(5), Scalar::frac(-3, 2)];
        assert_eq!(list(&xs), "2, 5, −1.5");
        assert_eq!(sum(&xs), "2 + 5 − 1.5");
        assert_eq!(answer_value(Scalar::frac(47, 20)), Scalar::Real(2.35));
        assert!(answer_value(Scalar::frac(17, 3)).is_exact());
        assert_eq!(shown(Scalar::frac(47, 20)), "2.35");
    }
}
