//! A number written as an operand of a worked step (after `·` or `−`, under `²`): in
//! parentheses when negative, so that a step never shows `3·−2` or `4 − −1`.

use super::{decimal, num};
use crate::math::Scalar;

/// [`num`] as an operand: `(−3)`, `(−1/2)`, `5`; a positive fraction stays bare (`1/2`; the
/// writer [`super::factor`] brackets fractions too).
pub fn num_operand(x: Scalar) -> String {
    bracket_negative(x, num(x))
}

/// [`decimal`] as an operand: `(−2.5)`, `0.9`, `17/3`; a positive fraction stays bare (the
/// writer [`super::decimal_factor`] brackets fractions too).
pub fn decimal_operand(x: Scalar) -> String {
    bracket_negative(x, decimal(x))
}

/// `text`, the writing of `x`, in parentheses when `x` is negative.
fn bracket_negative(x: Scalar, text: String) -> String {
    if x.to_f64() < 0.0 {
        format!("({text})")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_negatives_are_bracketed() {
        assert_eq!(num_operand(Scalar::int(-3)), "(−3)");
        assert_eq!(num_operand(Scalar::int(5)), "5");
        assert_eq!(num_operand(Scalar::frac(1, 2)), "1/2");
        assert_eq!(num_operand(Scalar::frac(-1, 2)), "(−1/2)");
        assert_eq!(decimal_operand(Scalar::frac(-5, 2)), "(−2.5)");
        assert_eq!(decimal_operand(Scalar::frac(9, 10)), "0.9");
        assert_eq!(decimal_operand(Scalar::frac(17, 3)), "17/3");
        assert_eq!(decimal_operand(Scalar::int(0)), "0");
    }
}
