//! Writing probabilities the way the prob kinds' prompts and solutions show them: a terminating
//! fraction as a decimal (`0.009`, `12.5%`), any other as a fraction with its value to 4
//! significant figures (`2/13 ≈ 0.1538`), and a probability from counts as `12/40 = 3/10`.
//! Shared by the events and classification families; the decimals themselves are
//! [`crate::exercises::common::decimal`] and [`crate::exercises::common::short_decimal`].

use crate::engine::{AnswerSpec, Line};
use crate::exercises::common::{
    MAX_PLACES, chain, decimal, decimal_text, math_line, num, short_decimal,
};
use crate::math::Scalar;
use crate::math::format_real;

/// A probability or rate as written in prose and steps: a terminating decimal exactly (`0.0585`),
/// else the fraction (`2/13`); a real number with 6 significant digits.
pub fn p(x: Scalar) -> String {
    decimal(x)
}

/// A probability as a percentage: `0.125` is `12.5%`.
pub fn pct(x: Scalar) -> String {
    format!("{}%", p(x * Scalar::int(100)))
}

/// The value to 4 significant figures after `≈`, or `None` when [`p`] already writes it as a
/// decimal with at most 6 significant digits.
pub fn approx(x: Scalar) -> Option<String> {
    let shown = p(x);
    let digits = shown
        .trim_start_matches(['−', '0', '.'])
        .chars()
        .filter(char::is_ascii_digit)
        .count();
    let decimal = !shown.contains('/');
    (!decimal || digits > 6).then(|| crate::math::format_real(x.to_f64(), 4).replace('-', "−"))
}

/// The answer value of a probability: a short terminating decimal becomes that decimal (so that
/// `solve` prints `0.00625`, not `1/160`), anything else stays an exact fraction.
pub fn answer_value(x: Scalar) -> Scalar {
    short_decimal(x, MAX_PLACES)
}

/// `k/n = 3/10`: a probability from counts, reduced when it reduces, and its decimal when that
/// is short (`12/40 = 3/10 = 0.3`).
pub fn count_fraction(k: i64, n: i64) -> Vec<String> {
    let q = Scalar::frac(k, n);
    let mut steps = vec![format!("{k}/{n}")];
    for s in [Some(num(q)), decimal_text(q)].into_iter().flatten() {
        if !steps.contains(&s) {
            steps.push(s);
        }
    }
    steps
}

/// The result line of a solution: `lhs = step = … = value`, where `value` is the answer as
/// [`answer_value`] makes it, followed by `≈ 0.1538` for a fraction that is no short decimal.
pub fn result_line(lhs: &str, steps: &[String], value: Scalar) -> Line {
    let mut all = steps.to_vec();
    all.push(num(answer_value(value)));
    let mut line = math_line(&chain(lhs, &all));
    if let Some(a) = approx(value) {
        line = line.t(format!("  (≈ {a})"));
    }
    line
}

/// A probability as a factor or divisor: [`p`], in parentheses when it is a fraction or
/// negative: `0.9`, `(2/3)`.
pub fn p_factor(x: Scalar) -> String {
    let s = p(x);
    if s.contains('/') || s.starts_with('−') {
        format!("({s})")
    } else {
        s
    }
}

/// Probabilities as factors of a product: `0.9·0.8·(2/3)`.
pub fn p_product(xs: &[Scalar]) -> String {
    xs.iter()
        .map(|&x| p_factor(x))
        .collect::<Vec<_>>()
        .join("·")
}

/// The answer of a probability written as [`written_decimal`] writes it: an exact short decimal stays
/// exact; a longer one (`0.95¹²`, a fraction of 16-digit numbers) becomes the real number,
/// which `solve` prints as the engine prints every real answer (in full: `0.45963990669…`).
pub fn decimal_answer(x: Scalar) -> AnswerSpec {
    match written_decimal(x) {
        Decimal::Exact(_) => AnswerSpec::scalar(answer_value(x)),
        Decimal::Rounded(_) => AnswerSpec::scalar(Scalar::Real(x.to_f64())),
    }
}

/// How a probability is written: exactly, or rounded to 6 significant figures.
#[derive(Clone, Debug, PartialEq)]
pub enum Decimal {
    Exact(String),
    Rounded(String),
}

/// A probability as a decimal: exact when it has at most 6 significant digits (`0.9025`), else
/// to 6 significant figures (`0.185494` for 0.18549375; `0.54036` for 0.95¹², whose exact value
/// runs to 24 places), as [`answer_value`] decides.
pub fn written_decimal(x: Scalar) -> Decimal {
    let exact = p(x);
    if exact.contains('/') || !x.is_exact() || approx(x).is_some() {
        Decimal::Rounded(format_real(x.to_f64(), 6))
    } else {
        Decimal::Exact(exact)
    }
}

/// `lhs = step = … = value`, or `… ≈ value` when the value is rounded (for hints).
pub fn decimal_chain(lhs: &str, steps: &[String], x: Scalar) -> String {
    match written_decimal(x) {
        Decimal::Exact(text) => chain(lhs, &[steps, &[text]].concat()),
        Decimal::Rounded(text) => format!("{} ≈ {text}", chain(lhs, steps)),
    }
}

/// [`decimal_chain`] as a solution line; a rounded value is typeset as the real number that
/// [`decimal_answer`] expects (`… ≈ 0.45964`).
pub fn decimal_line(lhs: &str, steps: &[String], x: Scalar) -> Line {
    match written_decimal(x) {
        Decimal::Exact(text) => math_line(&chain(lhs, &[steps, &[text]].concat())),
        Decimal::Rounded(_) => math_line(&chain(lhs, steps))
            .m(" ≈ ")
            .v(Scalar::Real(x.to_f64())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities_are_written_as_decimals_when_they_terminate() {
        assert_eq!(p(Scalar::frac(9, 1000)), "0.009");
        assert_eq!(p(Scalar::frac(-5, 4)), "−1.25");
        assert_eq!(p(Scalar::frac(2, 13)), "2/13");
        assert_eq!(p(Scalar::int(3)), "3");
        assert_eq!(p(Scalar::frac(1, 1 << 20)), "1/1048576");
        assert_eq!(pct(Scalar::frac(1, 8)), "12.5%");
        assert_eq!(pct(Scalar::frac(1, 100)), "1%");
        assert_eq!(approx(Scalar::frac(2, 13)).as_deref(), Some("0.1538"));
        assert_eq!(approx(Scalar::frac(117, 1000)), None);
        assert_eq!(
            approx(Scalar::frac(1234567, 10_000_000)).as_deref(),
            Some("0.1235")
        );
        assert_eq!(answer_value(Scalar::frac(1, 160)), Scalar::Real(0.00625));
        assert!(answer_value(Scalar::frac(1, 160)).to_f64() == 0.00625);
        assert!(answer_value(Scalar::frac(2, 13)).is_exact());
        assert_eq!(count_fraction(12, 40), ["12/40", "3/10", "0.3"]);
        assert_eq!(count_fraction(5, 7), ["5/7"]);
        assert_eq!(count_fraction(3, 4), ["3/4", "0.75"]);
        assert_eq!(
            p_product(&[Scalar::frac(9, 10), Scalar::frac(2, 3)]),
            "0.9·(2/3)"
        );
    }
}
