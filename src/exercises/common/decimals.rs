//! Writing numbers as decimals, the way prompts and worked solutions show them: an exact value
//! whose decimal terminates as that decimal (`47/20` is `2.35`, `9/1000` is `0.009`), a real to
//! 6 significant figures without its float noise, a value to a stated number of decimals
//! (`1.25`, the table's `0.8944`), and a data list `4, −7, 2.5`. Every text has a true minus
//! sign (`−`).

use super::{num, round_to};
use crate::math::{Rational, Scalar};

/// The most decimal places an exact value is written with as a decimal ([`decimal_text`]);
/// longer ones stay fractions.
pub const MAX_PLACES: u32 = 10;

/// The number of decimal places of an exact fraction when its decimal terminates within `max`
/// places: `47/20` has 2, an integer 0, `1/3` none.
pub fn decimal_places(q: Rational, max: u32) -> Option<u32> {
    let den = i128::from(q.denom());
    (0..=max.min(30)).find(|&k| 10i128.pow(k) % den == 0)
}

/// The exact decimal text of an exact value whose decimal terminates within [`MAX_PLACES`]
/// places: `9/1000` is `0.009`, `−5/4` is `−1.25`, `3` is `3`; `None` for other fractions
/// (`1/3`) and for reals.
pub fn decimal_text(x: Scalar) -> Option<String> {
    let q = x.exact()?;
    let places = decimal_places(q, MAX_PLACES)?;
    let scaled = i128::from(q.numer()) * 10i128.pow(places) / i128::from(q.denom());
    let digits = scaled.unsigned_abs().to_string();
    let body = if places == 0 {
        digits
    } else {
        let padded = format!("{digits:0>width$}", width = places as usize + 1);
        let (int, frac) = padded.split_at(padded.len() - places as usize);
        format!("{int}.{frac}")
    };
    Some(if scaled < 0 {
        format!("−{body}")
    } else {
        body
    })
}

/// A number as data and probabilities read best: an exact value with a terminating decimal as
/// that decimal ([`decimal_text`]: `2.35`, `−0.5`, `0.0585`), any other fraction as a fraction
/// (`17/3`), a real with 6 significant digits.
pub fn decimal(x: Scalar) -> String {
    decimal_text(x).unwrap_or_else(|| num(x))
}

/// A number as a factor or a term to subtract: [`decimal`], in parentheses when negative or a
/// fraction: `(−2.5)`, `(2/3)`, `0.9`.
pub fn decimal_factor(x: Scalar) -> String {
    let s = decimal(x);
    if x.to_f64() < 0.0 || s.contains('/') {
        format!("({s})")
    } else {
        s
    }
}

/// The value of an exact non-integer whose decimal is short, as that decimal (a real), so that
/// [`num`] and `solve` print `0.35`, not `7/20`: it terminates within `max_places` places and
/// has at most 6 significant digits (what [`num`] prints of a real, so the decimal shown is the
/// exact value). Any other value is unchanged: `1/3`, integers, a decimal with more digits.
pub fn short_decimal(x: Scalar, max_places: u32) -> Scalar {
    let Some(q) = x.exact() else {
        return x;
    };
    if q.is_integer() || decimal_places(q, max_places).is_none() {
        return x;
    }
    let digits = decimal_text(x).map_or(usize::MAX, |t| {
        t.trim_start_matches(['−', '0', '.'])
            .chars()
            .filter(char::is_ascii_digit)
            .count()
    });
    if digits <= 6 {
        Scalar::Real(q.to_f64())
    } else {
        x
    }
}

/// A value without the float noise of its arithmetic: a real rounded to 12 significant figures
/// (`0.7437825`, not `0.7437825000000001`; `−1.78`, not `−1.7800000000000011`), at any scale;
/// exact values and non-finite reals as they are.
pub fn tidy(x: Scalar) -> Scalar {
    match x {
        Scalar::Real(r) if r.is_finite() => Scalar::Real(format!("{r:.11e}").parse().unwrap_or(r)),
        other => other,
    }
}

/// A calculator value as a solution shows it: 6 significant digits of its [`tidy`] value (so a
/// solution shows an answer as `solve` prints it): `2.13145`, `−0.5`.
pub fn sig(x: f64) -> String {
    num(tidy(Scalar::Real(x)))
}

/// A number with at most `places` decimals, trailing zeros dropped: `rounded(52.50, 2)` is
/// `52.5`, `rounded(−0.125, 3)` is `−0.125`, `rounded(−0.0001, 2)` is `0`.
pub fn rounded(x: f64, places: usize) -> String {
    let x = round_to(x, places as i32);
    let s = format!("{x:.places$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    let s = if s == "-0" { "0".to_string() } else { s };
    s.replace('-', "−")
}

/// A number with exactly `places` decimals (a table value: `0.8944`, `1.50`).
pub fn fixed(x: f64, places: usize) -> String {
    format!("{:.places$}", round_to(x, places as i32)).replace('-', "−")
}

/// A data list as a prompt writes it: `2, 5, −1.5` ([`decimal`] of each value).
pub fn data_list(xs: &[Scalar]) -> String {
    xs.iter()
        .map(|&x| decimal(x))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_values_are_written_as_their_decimals() {
        let f = Scalar::frac;
        assert_eq!(decimal(f(47, 20)), "2.35");
        assert_eq!(decimal(f(-1, 2)), "−0.5");
        assert_eq!(decimal(f(-21, 20)), "−1.05");
        assert_eq!(decimal(f(9, 1000)), "0.009");
        assert_eq!(decimal(f(-5, 4)), "−1.25");
        assert_eq!(decimal(f(17, 3)), "17/3");
        assert_eq!(decimal(Scalar::int(-4)), "−4");
        assert_eq!(decimal(f(1, 1024)), "0.0009765625");
        assert_eq!(decimal(f(1, 1 << 20)), "1/1048576");
        assert_eq!(decimal_factor(Scalar::int(-4)), "(−4)");
        assert_eq!(decimal_factor(f(2, 3)), "(2/3)");
        assert_eq!(decimal_places(f(47, 20).exact().unwrap(), 6), Some(2));
        assert_eq!(decimal_places(f(1, 3).exact().unwrap(), 6), None);
        assert_eq!(
            data_list(&[Scalar::int(2), Scalar::int(5), f(-3, 2)]),
            "2, 5, −1.5"
        );
    }

    #[test]
    fn short_decimals_become_reals_that_print_exactly() {
        let f = Scalar::frac;
        assert_eq!(short_decimal(f(7, 20), 4), Scalar::Real(0.35));
        assert_eq!(num(short_decimal(f(19, 16), 4)), "1.1875");
        assert!(short_decimal(f(1, 64), 4).is_exact());
        assert_eq!(num(short_decimal(f(1, 64), 10)), "0.015625");
        assert_eq!(num(short_decimal(f(1, 160), 10)), "0.00625");
        assert!(short_decimal(f(1, 3), 10).is_exact());
        assert!(short_decimal(Scalar::int(4), 10).is_exact());
        assert_eq!(num(short_decimal(f(-1_234_560, 10_000), 4)), "−123.456");
        // Seven significant digits: num would round them, so the fraction stays.
        assert!(short_decimal(f(1_234_567, 10_000), 4).is_exact());
        assert!(short_decimal(f(1_234_567, 10_000_000), 10).is_exact());
    }

    #[test]
    fn reals_lose_their_noise_at_every_scale() {
        let t = |x: f64| tidy(Scalar::Real(x)).to_f64();
        assert_eq!(t(-1.7800000000000011), -1.78);
        assert_eq!(t(0.7437825000000001), 0.7437825);
        assert_eq!(t(1.25e-150 * (1.0 + 1e-15)), 1.25e-150);
        assert_eq!(t(3.5e150 * (1.0 - 1e-15)), 3.5e150);
        assert!(t(f64::NAN).is_nan());
        assert_eq!(tidy(Scalar::frac(1, 3)), Scalar::frac(1, 3));
        assert_eq!(sig(2.131449546), "2.13145");
        assert_eq!(rounded(52.5, 2), "52.5");
        assert_eq!(rounded(-0.125, 3), "−0.125");
        assert_eq!(rounded(3.0, 2), "3");
        assert_eq!(rounded(-0.0001, 2), "0");
        assert_eq!(fixed(0.5, 2), "0.50");
        assert_eq!(fixed(0.89435, 4), "0.8944");
    }
}
